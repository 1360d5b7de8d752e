package io.vitrine.tenant.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.FeatureFlags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts the post-purchase regimen guidance for each completed sale and queues it for a person's
 * approval; nothing here sends anything. A sale gets one message row: the draft, or a SKIPPED row
 * saying why there is none (feature off, no customer, no consent, nothing to guide).
 */
@ApplicationScoped
public class PostPurchaseMessageService {

  static final String SYSTEM_ACTOR = "system:post-purchase-messages";
  private static final MessageKind KIND = MessageKind.POST_PURCHASE_REGIMEN;

  private final MessageRepository repository;
  private final FeatureFlags flags;
  private final RegimenPlanner planner;
  private final RegimenMessageRenderer renderer;
  private final ObjectMapper json;

  public PostPurchaseMessageService(
      MessageRepository repository, FeatureFlags flags, Engine engine, ObjectMapper json) {
    this.repository = repository;
    this.flags = flags;
    this.planner = new RegimenPlanner(RegimenCatalog.standard(json));
    this.renderer = new RegimenMessageRenderer(engine);
    this.json = json;
  }

  /**
   * Entry point for the sale-completed event. Handling the same sale again returns the message it
   * produced the first time and changes nothing.
   */
  public Uni<DraftOutcome> onSaleCompleted(long saleId) {
    return repository.inTransaction(
        sql ->
            repository
                .forSale(sql, saleId, KIND)
                .flatMap(
                    existing ->
                        existing.isPresent()
                            ? Uni.createFrom().item(new DraftOutcome(existing.get()))
                            : handle(sql, saleId)));
  }

  private Uni<DraftOutcome> handle(SqlClient sql, long saleId) {
    return repository
        .saleContext(sql, saleId)
        .flatMap(
            sale ->
                sale.map(found -> draftOrSkip(sql, found))
                    .orElseGet(() -> Uni.createFrom().item(DraftOutcome.saleNotFound())));
  }

  private Uni<DraftOutcome> draftOrSkip(SqlClient sql, MessageRepository.SaleContext sale) {
    if (sale.posLocationId() == null
        || !flags.enabled(Feature.POST_PURCHASE_MESSAGES, sale.posLocationId())) {
      return skip(sql, sale, SkipReason.FEATURE_DISABLED);
    }
    if (sale.customerId() == null) {
      return skip(sql, sale, SkipReason.NO_CUSTOMER);
    }
    ContactConsent.Decision decision = ContactConsent.of(consents(sale));
    if (decision instanceof ContactConsent.Refused refused) {
      return skip(sql, sale, refused.reason());
    }
    var contact = (ContactConsent.Contact) decision;
    return repository
        .purchased(sql, sale.saleId())
        .map(planner::plan)
        .flatMap(
            plan ->
                plan.isEmpty()
                    ? skip(sql, sale, SkipReason.NO_REGIMEN_PRODUCTS)
                    : draft(sql, sale, contact, renderer.render(plan, contact.channel())));
  }

  private Uni<DraftOutcome> draft(
      SqlClient sql,
      MessageRepository.SaleContext sale,
      ContactConsent.Contact contact,
      RenderedMessage text) {
    return repository
        .insertDraft(sql, KIND, sale, contact, text)
        .flatMap(
            id -> {
              var details = details(sale);
              details.put("channel", contact.channel().name());
              return recorded(sql, sale, id, "message.drafted", details);
            });
  }

  private Uni<DraftOutcome> skip(
      SqlClient sql, MessageRepository.SaleContext sale, SkipReason reason) {
    return repository
        .insertSkipped(sql, KIND, sale, reason)
        .flatMap(
            id -> {
              var details = details(sale);
              details.put("reason", reason.name());
              // Where the feature is off it did nothing worth auditing; the row still says why.
              Optional<Long> audited =
                  reason == SkipReason.FEATURE_DISABLED ? Optional.empty() : id;
              return recorded(sql, sale, audited, "message.skipped", details);
            });
  }

  /** Audits what was inserted; a concurrent handler of the same sale inserted nothing. */
  private Uni<DraftOutcome> recorded(
      SqlClient sql,
      MessageRepository.SaleContext sale,
      Optional<Long> inserted,
      String action,
      Map<String, Object> details) {
    Uni<Void> audit =
        inserted
            .map(id -> repository.audit(sql, SYSTEM_ACTOR, action, id, details))
            .orElseGet(() -> Uni.createFrom().voidItem());
    return audit
        .flatMap(done -> repository.forSale(sql, sale.saleId(), KIND))
        .map(message -> new DraftOutcome(message.orElse(null)));
  }

  private Map<String, Object> details(MessageRepository.SaleContext sale) {
    var details = new HashMap<String, Object>();
    details.put("kind", KIND.name());
    details.put("sale_id", sale.saleId());
    details.put("store_id", sale.storeId());
    details.put("store", sale.posLocationId());
    details.put("flags_revision", flags.revision(Feature.POST_PURCHASE_MESSAGES));
    return details;
  }

  private JsonNode consents(MessageRepository.SaleContext sale) {
    if (sale.consents() == null) {
      return null;
    }
    try {
      return json.readTree(sale.consents());
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
