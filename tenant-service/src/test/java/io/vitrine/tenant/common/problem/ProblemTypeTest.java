package io.vitrine.tenant.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API's error vocabulary, kind by kind, exactly as clients have always read it: type URI,
 * status, title, detail and Retry-After. A change here is a change of the API.
 */
class ProblemTypeTest {

  private static final UUID IMPORT = UUID.fromString("00000000-0000-0000-0000-00000000002a");

  static Stream<Arguments> answers() {
    return Stream.of(
        answer(
            ProblemType.UNAUTHENTICATED,
            "unauthenticated",
            401,
            "Authentication required",
            "A valid bearer token from this retailer's realm is required.",
            null),
        answer(
            ProblemType.FORBIDDEN,
            "forbidden",
            403,
            "Forbidden",
            "Your roles do not allow this operation.",
            null),
        answer(
            ProblemType.DATABASE_UNAVAILABLE,
            "database-unavailable",
            503,
            "Database unavailable",
            "The database cannot be reached now; retry later.",
            "5"),
        answer(
            ProblemType.STORE_NOT_FOUND,
            "store-not-found",
            404,
            "Store not found",
            "No store has id 42.",
            null,
            42L),
        answer(
            ProblemType.POS_LOCATION_TAKEN,
            "pos-location-taken",
            409,
            "POS location already used",
            "A store with POS location id 'paris-1' already exists.",
            null,
            "paris-1"),
        answer(
            ProblemType.IMPORT_NOT_FOUND,
            "import-not-found",
            404,
            "Catalog import not found",
            "No catalog import has id " + IMPORT + ".",
            null,
            IMPORT),
        answer(
            ProblemType.CATALOG_UNAVAILABLE,
            "catalog-unavailable",
            503,
            "Catalog unavailable",
            "The catalog cannot be reached now; retry later.",
            "5"),
        answer(
            ProblemType.KNOWLEDGE_DOCUMENT_NOT_FOUND,
            "knowledge-document-not-found",
            404,
            "Knowledge document not found",
            "No knowledge document has id " + IMPORT + ".",
            null,
            IMPORT),
        answer(
            ProblemType.KNOWLEDGE_DOCUMENT_UNREADABLE,
            "knowledge-document-unreadable",
            422,
            "Knowledge document unreadable",
            "The document cannot be used: it has no text.",
            null,
            "it has no text"),
        answer(
            ProblemType.KNOWLEDGE_DOCUMENT_CHANGED,
            "knowledge-document-changed",
            409,
            "Knowledge document changed meanwhile",
            "Knowledge document "
                + IMPORT
                + " was replaced by another request meanwhile; send yours again.",
            null,
            IMPORT),
        answer(
            ProblemType.ASSOCIATE_NOT_FOUND,
            "associate-not-found",
            404,
            "Associate not found",
            "No associate or store manager has id u-1.",
            null,
            "u-1"),
        answer(
            ProblemType.ASSOCIATE_EXISTS,
            "associate-exists",
            409,
            "User already exists",
            "A user with this e-mail address already exists.",
            null),
        answer(
            ProblemType.ROLE_NOT_GRANTABLE,
            "role-not-grantable",
            403,
            "Role not grantable",
            "You may not manage users with the role store-manager.",
            null,
            "store-manager"),
        answer(
            ProblemType.IDENTITY_UNAVAILABLE,
            "identity-unavailable",
            503,
            "Identity provider unavailable",
            "Keycloak cannot be reached now; retry later.",
            "5"),
        answer(
            ProblemType.AUDIT_UNAVAILABLE,
            "audit-unavailable",
            503,
            "Audit log unavailable",
            "The action could not be recorded in the audit log; retry later.",
            null),
        answer(
            ProblemType.CUSTOMER_NOT_FOUND,
            "customer-not-found",
            404,
            "Customer not found",
            "No profile is stored for this customer.",
            null),
        answer(
            ProblemType.MEMBER_NOT_FOUND,
            "member-not-found",
            404,
            "Member not found",
            "No customer with pseudonym 'p-1'.",
            null,
            "p-1"),
        answer(
            ProblemType.MESSAGE_NOT_FOUND,
            "message-not-found",
            404,
            "Message not found",
            "Message 7 does not exist.",
            null,
            7L),
        answer(
            ProblemType.MESSAGE_NOT_DRAFT,
            "message-not-draft",
            409,
            "Message already decided",
            "Message 7 is SENT; only a DRAFT can be approved or rejected.",
            null,
            7L,
            "SENT"),
        answer(
            ProblemType.GENERATION_NOT_FOUND,
            "generation-not-found",
            404,
            "Generation not found",
            "No generation has id 6f1c2e0a-1b2c-4d5e-8f90-0a1b2c3d4e5f.",
            null,
            java.util.UUID.fromString("6f1c2e0a-1b2c-4d5e-8f90-0a1b2c3d4e5f")),
        answer(
            ProblemType.WEBHOOK_NOT_CONFIGURED,
            "webhook-not-configured",
            404,
            "Webhook not configured",
            "This tenant takes no deliveries from this POS.",
            null),
        answer(
            ProblemType.WEBHOOK_SIGNATURE,
            "webhook-signature",
            401,
            "Webhook signature invalid",
            "The signature does not match.",
            null),
        answer(
            ProblemType.WEBHOOK_WRONG_ACCOUNT,
            "webhook-wrong-account",
            403,
            "Webhook from another account",
            "The delivery is for another merchant than this tenant's.",
            null,
            "merchant"),
        answer(
            ProblemType.WEBHOOK_MALFORMED,
            "webhook-malformed",
            400,
            "Webhook malformed",
            "merchants is missing.",
            null,
            "merchants is missing."),
        answer(
            ProblemType.WEBHOOK_STORE_UNAVAILABLE,
            "webhook-store-unavailable",
            503,
            "Event store unavailable",
            "The event could not be recorded; retry later.",
            "5"),
        answer(
            ProblemType.ASSET_NOT_FOUND,
            "asset-not-found",
            404,
            "Asset not found",
            "No asset has id 7.",
            null,
            7L),
        answer(
            ProblemType.ASSET_TASK_NOT_FOUND,
            "asset-task-not-found",
            404,
            "Asset task not found",
            "No open asset task has id 7.",
            null,
            7L),
        answer(
            ProblemType.PASSPORT_UNAVAILABLE,
            "passport-unavailable",
            422,
            "No digital product passport",
            "The product has no valid GTIN.",
            null,
            "The product has no valid GTIN."),
        answer(
            ProblemType.SERVICE_TYPE_NOT_FOUND,
            "service-type-not-found",
            404,
            "Service not offered",
            "Store 3 offers no service 'cleaning'.",
            null,
            3L,
            "cleaning"),
        answer(
            ProblemType.APPOINTMENT_NOT_FOUND,
            "appointment-not-found",
            404,
            "Appointment not found",
            "No booked appointment has id 9.",
            null,
            9L),
        answer(
            ProblemType.APPOINTMENT_SLOT_FULL,
            "appointment-slot-full",
            409,
            "Slot full",
            "The store serves no more 'cleaning' appointments at 2026-03-01T10:00:00Z.",
            null,
            "cleaning",
            "2026-03-01T10:00:00Z"),
        answer(
            ProblemType.UNKNOWN_STORE,
            "unknown-store",
            404,
            "Unknown store",
            "No store has the POS location id 'paris-1'.",
            null,
            "paris-1"),
        answer(
            ProblemType.CHECKOUT_DECISION_TARGET_NOT_FOUND,
            "checkout-decision-target-not-found",
            404,
            "Not found",
            "No suggestion has the id 's-1'.",
            null,
            "suggestion",
            "s-1"),
        answer(
            ProblemType.CHECKOUT_ALREADY_DECIDED,
            "checkout-already-decided",
            409,
            "Already decided",
            "The suggestion of 'A' is already decided.",
            null,
            "The suggestion of 'A' is already decided."),
        answer(
            ProblemType.CHECKOUT_INVALID_DECISION,
            "checkout-invalid-decision",
            422,
            "Invalid decision",
            "The sku 'B' was not suggested in this answer.",
            null,
            "The sku 'B' was not suggested in this answer."),
        answer(
            ProblemType.CHECKOUT_WARMING_UP,
            "checkout-warming-up",
            503,
            "Checkout warming up",
            "The checkout is loading the catalog and purchase history; try again shortly.",
            "5"),
        answer(
            ProblemType.CHECKOUT_DEADLINE_EXCEEDED,
            "checkout-deadline-exceeded",
            503,
            "Checkout deadline exceeded",
            "The screen check did not finish within its 800 ms deadline, so no result is given:"
                + " retry, or check the cart by hand.",
            "1",
            "screen",
            800L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void eachKindAnswersAsItAlwaysDid(
      ProblemType type,
      String slug,
      int status,
      String title,
      String detail,
      String retryAfter,
      Object[] arguments) {
    Response response = new ProblemMappers().problem(Problem.of(type, arguments));
    var problem = (ProblemDetail) response.getEntity();

    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType()).hasToString("application/problem+json");
    assertThat(response.getHeaderString("Retry-After")).isEqualTo(retryAfter);
    assertThat(problem.type()).isEqualTo(URI.create("https://vitrine.io/problems/" + slug));
    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.title()).isEqualTo(title);
    assertThat(problem.detail()).isEqualTo(detail);
  }

  @Test
  void theTableAboveHoldsEveryKindButValidation() {
    var pinned = answers().map(arguments -> arguments.get()[0]).toList();

    assertThat(pinned)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrder(
            Arrays.stream(ProblemType.values())
                .filter(type -> type != ProblemType.VALIDATION)
                .toArray());
  }

  @Test
  void everyKindIsDocumentedAndHasItsOwnUri() {
    assertThat(ProblemType.values())
        .allSatisfy(type -> assertThat(type.meaning()).isNotBlank())
        .extracting(ProblemType::uri)
        .doesNotHaveDuplicates()
        .allSatisfy(uri -> assertThat(uri.toString()).startsWith(ProblemType.URI_PREFIX));
  }

  private static Arguments answer(
      ProblemType type,
      String slug,
      int status,
      String title,
      String detail,
      String retryAfter,
      Object... arguments) {
    return Arguments.of(type, slug, status, title, detail, retryAfter, arguments);
  }
}
