package io.vitrine.tenant.common.problem;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Every kind of problem the API answers (RFC 9457): its {@code type} URI, HTTP status and title,
 * the detail a client reads (a format whose arguments come from {@link Problem#of}), what it means
 * (for the OpenAPI document) and, for a temporary unavailability, the Retry-After it answers with.
 *
 * <p>A kind that only one feature raises still lives here, so that the API's error vocabulary is
 * one list; features refer to it, never the other way round.
 */
public enum ProblemType {
  VALIDATION(
      "validation",
      400,
      "Invalid request",
      "%s",
      "The request is well-formed but some fields are invalid; errors names each one and what is"
          + " wrong."),
  UNAUTHENTICATED(
      "unauthenticated",
      401,
      "Authentication required",
      "A valid bearer token from this retailer's realm is required.",
      "No bearer token, or one this retailer's realm did not issue or that has expired."),
  FORBIDDEN(
      "forbidden",
      403,
      "Forbidden",
      "Your roles do not allow this operation.",
      "The caller's roles do not allow this operation."),
  DATABASE_UNAVAILABLE(
      "database-unavailable",
      503,
      "Database unavailable",
      "The database cannot be reached now; retry later.",
      "PostgreSQL cannot be reached now; retry after Retry-After seconds.",
      Duration.ofSeconds(5)),

  STORE_NOT_FOUND(
      "store-not-found", 404, "Store not found", "No store has id %s.", "No store has this id."),
  POS_LOCATION_TAKEN(
      "pos-location-taken",
      409,
      "POS location already used",
      "A store with POS location id '%s' already exists.",
      "Another store already has this POS location id: each POS location is one store."),

  IMPORT_NOT_FOUND(
      "import-not-found",
      404,
      "Catalog import not found",
      "No catalog import has id %s.",
      "No catalog import has this id."),
  CATALOG_UNAVAILABLE(
      "catalog-unavailable",
      503,
      "Catalog unavailable",
      "The catalog cannot be reached now; retry later.",
      "OpenSearch or PostgreSQL cannot serve the catalog now; retry after Retry-After seconds.",
      Duration.ofSeconds(5)),

  KNOWLEDGE_DOCUMENT_NOT_FOUND(
      "knowledge-document-not-found",
      404,
      "Knowledge document not found",
      "No knowledge document has id %s.",
      "No document of the knowledge base has this id."),
  KNOWLEDGE_DOCUMENT_UNREADABLE(
      "knowledge-document-unreadable",
      422,
      "Knowledge document unreadable",
      "The document cannot be used: %s.",
      "The upload holds no text that can be split into passages (an empty or scanned PDF, a"
          + " page of markup only), or more passages than vitrine.knowledge.max-passages."),
  KNOWLEDGE_DOCUMENT_CHANGED(
      "knowledge-document-changed",
      409,
      "Knowledge document changed meanwhile",
      "Knowledge document %s was replaced by another request meanwhile; send yours again.",
      "Another replacement of the same document came first; nothing of this one was applied."),

  ASSOCIATE_NOT_FOUND(
      "associate-not-found",
      404,
      "Associate not found",
      "No associate or store manager has id %s.",
      "No associate or store manager has this id in the retailer's realm."),
  ASSOCIATE_EXISTS(
      "associate-exists",
      409,
      "User already exists",
      "A user with this e-mail address already exists.",
      "A user with this e-mail address already exists in the retailer's realm."),
  ROLE_NOT_GRANTABLE(
      "role-not-grantable",
      403,
      "Role not grantable",
      "You may not manage users with the role %s.",
      "The caller may not give or take away this role: store managers manage associates only."),
  IDENTITY_UNAVAILABLE(
      "identity-unavailable",
      503,
      "Identity provider unavailable",
      "Keycloak cannot be reached now; retry later.",
      "Keycloak cannot be reached or refused the service account; retry after Retry-After"
          + " seconds.",
      Duration.ofSeconds(5)),

  AUDIT_UNAVAILABLE(
      "audit-unavailable",
      503,
      "Audit log unavailable",
      "The action could not be recorded in the audit log; retry later.",
      "The audit record could not be written, so the action is not reported as done."),

  CUSTOMER_NOT_FOUND(
      "customer-not-found",
      404,
      "Customer not found",
      "No profile is stored for this customer.",
      "No profile is stored for this pseudonym."),

  MEMBER_NOT_FOUND(
      "member-not-found",
      404,
      "Member not found",
      "No customer with pseudonym '%s'.",
      "No loyalty member has this pseudonym."),

  MESSAGE_NOT_FOUND(
      "message-not-found",
      404,
      "Message not found",
      "Message %s does not exist.",
      "No customer message has this id."),
  MESSAGE_NOT_DRAFT(
      "message-not-draft",
      409,
      "Message already decided",
      "Message %s is %s; only a DRAFT can be approved or rejected.",
      "The message was already approved or rejected: only a draft can be."),

  GENERATION_NOT_FOUND(
      "generation-not-found",
      404,
      "Generation not found",
      "No generation has id %s.",
      "No audited generation has this id."),

  WEBHOOK_NOT_CONFIGURED(
      "webhook-not-configured",
      404,
      "Webhook not configured",
      "This tenant takes no deliveries from this POS.",
      "This retailer takes no deliveries from this POS vendor."),
  WEBHOOK_SIGNATURE(
      "webhook-signature",
      401,
      "Webhook signature invalid",
      "The signature does not match.",
      "The delivery's signature does not match its raw body; nothing was stored."),
  WEBHOOK_WRONG_ACCOUNT(
      "webhook-wrong-account",
      403,
      "Webhook from another account",
      "The delivery is for another %s than this tenant's.",
      "The delivery is for another shop, merchant or store than this retailer's."),
  WEBHOOK_MALFORMED(
      "webhook-malformed",
      400,
      "Webhook malformed",
      "%s",
      "The delivery lacks what its vendor always sends (an id, a JSON body); nothing was stored."),
  WEBHOOK_STORE_UNAVAILABLE(
      "webhook-store-unavailable",
      503,
      "Event store unavailable",
      "The event could not be recorded; retry later.",
      "The delivery could not be recorded durably and was not acknowledged: deliver it again.",
      Duration.ofSeconds(5)),

  ASSET_NOT_FOUND(
      "asset-not-found", 404, "Asset not found", "No asset has id %s.", "No asset has this id."),
  ASSET_TASK_NOT_FOUND(
      "asset-task-not-found",
      404,
      "Asset task not found",
      "No open asset task has id %s.",
      "No open task about a serial or an asset has this id."),
  PASSPORT_UNAVAILABLE(
      "passport-unavailable",
      422,
      "No digital product passport",
      "%s",
      "The product has no valid GTIN, or the serial is not one GS1 AI 21 can carry (1 to 20"
          + " characters of GS1 character set 82), so no GS1 Digital Link can be made."),

  SERVICE_TYPE_NOT_FOUND(
      "service-type-not-found",
      404,
      "Service not offered",
      "Store %s offers no service '%s'.",
      "The store offers no service with this code."),
  APPOINTMENT_NOT_FOUND(
      "appointment-not-found",
      404,
      "Appointment not found",
      "No booked appointment has id %s.",
      "No booked appointment has this id (it may have been cancelled)."),
  APPOINTMENT_SLOT_FULL(
      "appointment-slot-full",
      409,
      "Slot full",
      "The store serves no more '%s' appointments at %s.",
      "As many appointments of this service as the store serves at once overlap this time."),

  UNKNOWN_STORE(
      "unknown-store",
      404,
      "Unknown store",
      "No store has the POS location id '%s'.",
      "No store of the retailer has the POS location id the till sent."),
  CHECKOUT_DECISION_TARGET_NOT_FOUND(
      "checkout-decision-target-not-found",
      404,
      "Not found",
      "No %s has the id '%s'.",
      "Feedback or an override named a suggestion or screening that does not exist."),
  CHECKOUT_ALREADY_DECIDED(
      "checkout-already-decided",
      409,
      "Already decided",
      "%s",
      "The suggestion was already accepted or rejected, or the alert already overridden."),
  CHECKOUT_INVALID_DECISION(
      "checkout-invalid-decision",
      422,
      "Invalid decision",
      "%s",
      "Feedback or an override does not fit what it refers to (a sku that was not suggested)."),
  CHECKOUT_WARMING_UP(
      "checkout-warming-up",
      503,
      "Checkout warming up",
      "The checkout is loading the catalog and purchase history; try again shortly.",
      "The checkout is still loading the catalog and purchase history; retry after Retry-After"
          + " seconds.",
      Duration.ofSeconds(5)),
  CHECKOUT_DEADLINE_EXCEEDED(
      "checkout-deadline-exceeded",
      503,
      "Checkout deadline exceeded",
      "The %s check did not finish within its %s ms deadline, so no result is given: retry, or"
          + " check the cart by hand.",
      "A safety check ran out of time: the till gets no answer rather than a partial one.",
      Duration.ofSeconds(1));

  /** Where every problem type URI starts; the rest is the kind's slug. */
  public static final String URI_PREFIX = "https://vitrine.io/problems/";

  private final URI uri;
  private final int status;
  private final String title;
  private final String detailFormat;
  private final String meaning;
  private final Duration retryAfter;

  ProblemType(String slug, int status, String title, String detailFormat, String meaning) {
    this(slug, status, title, detailFormat, meaning, null);
  }

  ProblemType(
      String slug,
      int status,
      String title,
      String detailFormat,
      String meaning,
      Duration retryAfter) {
    this.uri = URI.create(URI_PREFIX + slug);
    this.status = status;
    this.title = title;
    this.detailFormat = detailFormat;
    this.meaning = meaning;
    this.retryAfter = retryAfter;
  }

  /** The problem's {@code type} member. */
  public URI uri() {
    return uri;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** What this kind of problem means, for the API's documentation. */
  public String meaning() {
    return meaning;
  }

  /** How long a client should wait before it retries, for a temporary unavailability. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  String detail(Object... arguments) {
    return detailFormat.formatted(arguments);
  }
}
