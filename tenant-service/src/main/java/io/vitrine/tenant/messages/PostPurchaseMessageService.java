package io.vitrine.tenant.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vitrine.tenant.ai.Generation;
import io.vitrine.tenant.ai.GenerationRequest;
import io.vitrine.tenant.ai.GenerationSource;
import io.vitrine.tenant.ai.ModelGateway;
import io.vitrine.tenant.ai.PersonalValues;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.FeatureFlags;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts the post-purchase regimen guidance for each completed sale and queues it for a person's
 * approval; nothing here sends anything. A sale gets one message row: the draft, or a SKIPPED row
 * saying why there is none (feature off, no customer, no consent, nothing to guide).
 *
 * <p>The draft's body is phrased by the tenant's model from the deterministic plan ({@link
 * RegimenPrompt}, through {@link ModelGateway}) or, when there is no model or it cannot answer in
 * time, is the template's; the draft records which ({@code generatedBy}) and its audited
 * generation. The model is called outside any transaction: no connection waits for it.
 */
@ApplicationScoped
public class PostPurchaseMessageService {

  static final String SYSTEM_ACTOR = "system:post-purchase-messages";
  static final String AI_FEATURE = "post-purchase-messages";
  private static final MessageKind KIND = MessageKind.POST_PURCHASE_REGIMEN;
  private static final String SMS_OPT_OUT = "Reply STOP to opt out.";

  private final MessageRepository repository;
  private final FeatureFlags flags;
  private final RegimenPlanner planner;
  private final RegimenMessageRenderer renderer;
  private final ObjectMapper json;
  private final ModelGateway gateway;
  private final RegimenMessageModel model;
  private final Duration modelDeadline;

  public PostPurchaseMessageService(
      MessageRepository repository,
      FeatureFlags flags,
      Engine engine,
      ObjectMapper json,
      ModelGateway gateway,
      RegimenMessageModel model,
      MessagesConfig config) {
    this.repository = repository;
    this.flags = flags;
    this.planner = new RegimenPlanner(RegimenCatalog.standard(json));
    this.renderer = new RegimenMessageRenderer(engine);
    this.json = json;
    this.gateway = gateway;
    this.model = model;
    this.modelDeadline = config.draftDeadline();
  }

  /**
   * Entry point for the sale-completed event. Handling the same sale again returns the message it
   * produced the first time and changes nothing.
   */
  public Uni<DraftOutcome> onSaleCompleted(long saleId) {
    return repository
        .inTransaction(sql -> repository.forSale(sql, saleId, KIND))
        .flatMap(
            existing ->
                existing.isPresent()
                    ? Uni.createFrom().item(new DraftOutcome(existing.get()))
                    : handle(saleId));
  }

  private Uni<DraftOutcome> handle(long saleId) {
    return repository
        .inTransaction(sql -> repository.saleContext(sql, saleId))
        .flatMap(
            sale ->
                sale.map(this::draftOrSkip)
                    .orElseGet(() -> Uni.createFrom().item(DraftOutcome.saleNotFound())));
  }

  private Uni<DraftOutcome> draftOrSkip(MessageRepository.SaleContext sale) {
    if (sale.posLocationId() == null
        || !flags.enabled(Feature.POST_PURCHASE_MESSAGES, sale.posLocationId())) {
      return skip(sale, SkipReason.FEATURE_DISABLED);
    }
    if (sale.customerId() == null) {
      return skip(sale, SkipReason.NO_CUSTOMER);
    }
    ContactConsent.Decision decision = ContactConsent.of(consents(sale));
    if (decision instanceof ContactConsent.Refused refused) {
      return skip(sale, refused.reason());
    }
    var contact = (ContactConsent.Contact) decision;
    return repository
        .inTransaction(sql -> repository.purchased(sql, sale.saleId()))
        .flatMap(
            purchased -> {
              RegimenPlan plan = planner.plan(purchased);
              return plan.isEmpty()
                  ? skip(sale, SkipReason.NO_REGIMEN_PRODUCTS)
                  : phrase(sale, contact, plan, purchased)
                      .flatMap(draft -> draft(sale, contact, draft));
            });
  }

  /** The model's phrasing of the plan, or the template's text, audited either way. */
  private Uni<Draft> phrase(
      MessageRepository.SaleContext sale,
      ContactConsent.Contact contact,
      RegimenPlan plan,
      List<PurchasedProduct> purchased) {
    RenderedMessage template = renderer.render(plan, contact.channel());
    var prompt = RegimenPrompt.of(plan, contact.channel());
    var request =
        new GenerationRequest(
            AI_FEATURE,
            SYSTEM_ACTOR,
            GenerationSource.sale(sale.saleId()),
            prompt,
            PersonalValues.of(contact.addressRef()),
            cited(plan, purchased),
            sent -> model.phrase(sent.system(), sent.user()),
            template::body,
            modelDeadline,
            RegimenPrompt.maxChars(contact.channel()));
    return gateway
        .generate(request)
        .map(generation -> new Draft(text(template, generation, contact.channel()), generation));
  }

  private static RenderedMessage text(
      RenderedMessage template, Generation generation, ContactChannel channel) {
    if (!generation.byModel()) {
      return template;
    }
    String body =
        channel == ContactChannel.SMS ? generation.text() + " " + SMS_OPT_OUT : generation.text();
    return new RenderedMessage(template.subject(), body);
  }

  /** The SKUs of the purchased products the plan names: what the draft is grounded in. */
  private static List<String> cited(RegimenPlan plan, List<PurchasedProduct> purchased) {
    return purchased.stream()
        .filter(product -> product.sku() != null)
        .filter(product -> plan.products().contains(product.displayName()))
        .map(PurchasedProduct::sku)
        .distinct()
        .toList();
  }

  /** A draft's text and the generation that wrote its body. */
  record Draft(RenderedMessage text, Generation generation) {}

  private Uni<DraftOutcome> draft(
      MessageRepository.SaleContext sale, ContactConsent.Contact contact, Draft draft) {
    Generation generation = draft.generation();
    return repository.inTransaction(
        sql ->
            repository
                .insertDraft(sql, KIND, sale, contact, draft.text(), generation)
                .flatMap(
                    id -> {
                      var details = details(sale);
                      details.put("channel", contact.channel().name());
                      details.put("generated_by", generation.generatedBy().key());
                      details.put("generation_id", generation.id().toString());
                      return recorded(sql, sale, id, "message.drafted", details);
                    }));
  }

  private Uni<DraftOutcome> skip(MessageRepository.SaleContext sale, SkipReason reason) {
    return repository.inTransaction(
        sql ->
            repository
                .insertSkipped(sql, KIND, sale, reason)
                .flatMap(
                    id -> {
                      var details = details(sale);
                      details.put("reason", reason.name());
                      // Where the feature is off it did nothing worth auditing; the row still
                      // says why.
                      Optional<Long> audited =
                          reason == SkipReason.FEATURE_DISABLED ? Optional.empty() : id;
                      return recorded(sql, sale, audited, "message.skipped", details);
                    }));
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
