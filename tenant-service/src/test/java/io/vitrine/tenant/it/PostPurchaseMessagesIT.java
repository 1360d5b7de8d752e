package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.SalesFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vitrine.api.flags.FlagsDocument;
import io.vitrine.tenant.ai.FallbackReason;
import io.vitrine.tenant.ai.ModelFallback;
import io.vitrine.tenant.ai.ModelGateway;
import io.vitrine.tenant.ai.Sha256;
import io.vitrine.tenant.common.security.Roles;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.PublishedFeatureFlags;
import io.vitrine.tenant.messages.DraftOutcome;
import io.vitrine.tenant.messages.MessageStatus;
import io.vitrine.tenant.messages.OutboxDispatcher;
import io.vitrine.tenant.messages.PostPurchaseMessageService;
import io.vitrine.tenant.messages.RegimenMessageModel;
import io.vitrine.tenant.messages.SkipReason;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Post-purchase regimen messages from a completed sale to the delivery service, on the tenant's
 * real PostgreSQL and Keycloak, with a local HTTP delivery service.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@WithTestResource(DeliveryReceiverResource.class)
class PostPurchaseMessagesIT {

  private static final Duration DELIVERY = Duration.ofSeconds(30);

  @Inject PostPurchaseMessageService messages;
  @Inject OutboxDispatcher dispatcher;
  @Inject PublishedFeatureFlags flags;
  @Inject SaleFollowUpRequests followUps;
  @Inject ModelGateway gateway;
  @Inject RegimenMessageModel model;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aDraftIsQueuedForReviewAndNeverSentWithoutApproval() throws Exception {
    String ref = SalesFixture.unique("crm");
    long sale = regimenSale(emailConsent(ref));

    DraftOutcome outcome = draft(sale);
    long id = outcome.message().id();
    dispatcher.dispatchDue().await().atMost(DELIVERY);

    assertThat(outcome.drafted()).isTrue();
    assertThat(outcome.message().body())
        .contains("Morning (AM), in this order:")
        .contains("1. Cleanse: Aurelle Gentle Foam")
        .contains("2. Treat: Aurelle Hydra Serum");
    assertThat(received(ref)).isEmpty();
    assertThat(SalesFixture.rows("SELECT id FROM message_outbox WHERE message_id = ?", id))
        .isEmpty();
    given()
        .auth()
        .oauth2(Tokens.of(Roles.STORE_MANAGER))
        .get("/v1/messages?status=DRAFT&limit=500")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) id));
    assertThat(auditActions(id)).containsExactly("message.drafted");
  }

  @Test
  void withoutAModelEndpointTheDraftIsTheTemplatesAndSaysSo() {
    long sale = regimenSale(emailConsent(SalesFixture.unique("crm")));

    var message = draft(sale).message();

    assertThat(gateway.configured()).isFalse();
    assertThat(message.generatedBy()).isEqualTo("fallback");
    given()
        .auth()
        .oauth2(Tokens.of(Roles.AUDITOR))
        .get("/v1/admin/generations/" + message.generationId())
        .then()
        .statusCode(200)
        .body("generated_by", equalTo("fallback"))
        .body("fallback_reason", equalTo("no-model-endpoint"))
        .body("source_type", equalTo("sale"))
        .body("source_id", equalTo(Long.toString(sale)))
        .body("prompt_template", equalTo("post-purchase-regimen"))
        .body("output_sha256", equalTo(Sha256.hex(message.body())))
        .body("citations.size()", equalTo(2))
        .body("$", not(hasKey("prompt_sha256")));
  }

  @Test
  void theAiServiceWithTheModelDisabledAnswersItsFallback() {
    var result = model.phrase("You write care guides.", "Morning routine: [P1] serum");

    assertThat(result.content()).isNull();
    assertThat(result).isInstanceOf(ModelFallback.Unanswered.class);
    assertThat(((ModelFallback.Unanswered) result).reason())
        .isIn(FallbackReason.MODEL_ERROR, FallbackReason.CIRCUIT_OPEN);
  }

  @Test
  void anApprovedMessageIsDeliveredExactlyOnceAndAudited() throws Exception {
    String ref = SalesFixture.unique("crm");
    long sale = regimenSale(emailConsent(ref));
    long id = draft(sale).message().id();
    String manager = Tokens.of(Roles.STORE_MANAGER);

    given()
        .auth()
        .oauth2(manager)
        .post("/v1/messages/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("decidedBy", equalTo(subject(manager)));

    awaitStatus(id, MessageStatus.SENT);
    dispatcher.dispatchDue().await().atMost(DELIVERY);
    List<JsonNode> requests = received(ref);
    assertThat(requests)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.path("path").asText()).isEqualTo("/email");
              assertThat(request.path("delivered").asBoolean()).isTrue();
              assertThat(request.path("payload").path("subject").asText()).startsWith("How to use");
            });
    assertThat(auditActions(id))
        .containsExactly("message.drafted", "message.approved", "message.sent");
    assertThat(
            SalesFixture.rows(
                "SELECT actor, details->>'sale_id' AS sale FROM audit_log"
                    + " WHERE target_id = ? AND action = 'message.approved'",
                Long.toString(id)))
        .containsExactly(Map.of("actor", subject(manager), "sale", Long.toString(sale)));
  }

  @Test
  void aFailingChannelIsRetriedAndDeliversOnceUnderOneIdempotencyKey() throws Exception {
    String ref = SalesFixture.unique("flaky");
    long sale = regimenSale(smsConsent(ref));
    var outcome = draft(sale);
    long id = outcome.message().id();
    var logs = new CapturedLogs("io.vitrine.tenant.messages");

    try (logs) {
      approve(id);
      awaitStatus(id, MessageStatus.SENT);
    }

    assertThat(logs.text()).contains("Message " + id + " sent by SMS (attempt 3)");
    assertThat(logs.text()).doesNotContain(ref).doesNotContain(outcome.message().body());
    List<JsonNode> requests = received(ref);
    assertThat(requests).extracting(r -> r.path("status").asInt()).containsExactly(503, 503, 202);
    assertThat(requests).extracting(r -> r.path("path").asText()).containsOnly("/sms");
    assertThat(requests.stream().map(r -> r.path("idempotencyKey").asText()).distinct()).hasSize(1);
    assertThat(requests.stream().filter(r -> r.path("delivered").asBoolean())).hasSize(1);
    assertThat(
            SalesFixture.rows(
                "SELECT attempts, last_error FROM message_outbox WHERE message_id = ?", id))
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry("attempts", 3));
  }

  @Test
  void aMessageTheDeliveryServiceRefusesIsFailedWithoutRetries() throws Exception {
    String ref = SalesFixture.unique("refused");
    long id = draft(regimenSale(emailConsent(ref))).message().id();

    approve(id);

    awaitStatus(id, MessageStatus.FAILED);
    assertThat(received(ref)).extracting(r -> r.path("status").asInt()).containsExactly(400);
    assertThat(auditActions(id))
        .containsExactly("message.drafted", "message.approved", "message.failed");
    assertThat(
            SalesFixture.rows(
                "SELECT last_error FROM message_outbox WHERE message_id = ?"
                    + " AND abandoned_at IS NOT NULL",
                id))
        .containsExactly(Map.of("last_error", "HTTP 400"));
  }

  @Test
  void aRejectedDraftIsNeverSentAndCannotBeApprovedLater() throws Exception {
    String ref = SalesFixture.unique("crm");
    long id = draft(regimenSale(emailConsent(ref))).message().id();

    given()
        .auth()
        .oauth2(Tokens.of(Roles.RETAILER_ADMIN))
        .contentType("application/json")
        .body("{\"reason\":\"tone\"}")
        .post("/v1/messages/" + id + "/reject")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("decisionNote", equalTo("tone"));
    given()
        .auth()
        .oauth2(Tokens.of(Roles.STORE_MANAGER))
        .post("/v1/messages/" + id + "/approve")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vitrine.io/problems/message-not-draft"));
    dispatcher.dispatchDue().await().atMost(DELIVERY);

    assertThat(received(ref)).isEmpty();
    assertThat(auditActions(id)).containsExactly("message.drafted", "message.rejected");
  }

  @Test
  void withoutMessagingConsentNoDraftIsQueuedAndTheReasonIsRecorded() {
    String consents =
        "{\"service\":false,\"marketing\":false,"
            + "\"contact\":{\"channel\":\"email\",\"ref\":\"crm-x\"}}";
    var outcome = draft(regimenSale(consents));

    assertThat(outcome.message().status()).isEqualTo(MessageStatus.SKIPPED);
    assertThat(outcome.message().skipReason()).isEqualTo(SkipReason.NO_MESSAGING_CONSENT);
    assertThat(
            SalesFixture.rows(
                "SELECT details->>'reason' AS reason FROM audit_log"
                    + " WHERE target_id = ? AND action = 'message.skipped'",
                Long.toString(outcome.message().id())))
        .containsExactly(Map.of("reason", "NO_MESSAGING_CONSENT"));
    assertThat(draft(regimenSale("{}")).message().skipReason())
        .isEqualTo(SkipReason.NO_CONTACT_CONSENT);
  }

  @Test
  void aSaleHandledTwiceGetsOneDraft() {
    long sale = regimenSale(emailConsent(SalesFixture.unique("crm")));

    long first = draft(sale).message().id();
    long second = draft(sale).message().id();

    assertThat(second).isEqualTo(first);
    assertThat(SalesFixture.rows("SELECT id FROM messages WHERE sale_id = ?", sale)).hasSize(1);
  }

  @Test
  void whereTheFeatureIsOffNoDraftIsQueued() {
    var store = SalesFixture.store();
    String rollout = SalesFixture.unique("rollout");
    flags.publish(
        new FlagsDocument(
            rollout,
            1,
            Map.of(
                Feature.POST_PURCHASE_MESSAGES.key(),
                new FlagsDocument.FeatureStores(false, Set.of("another-store"), Map.of()))));
    try {
      var outcome = draft(regimenSale(store, emailConsent(SalesFixture.unique("crm"))));

      assertThat(outcome.message().status()).isEqualTo(MessageStatus.SKIPPED);
      assertThat(outcome.message().skipReason()).isEqualTo(SkipReason.FEATURE_DISABLED);
      assertThat(auditActions(outcome.message().id())).isEmpty();
    } finally {
      flags.withdraw(rollout);
    }
  }

  @Test
  void onlyManagersAndAdminsReviewMessages() {
    given().auth().oauth2(Tokens.of(Roles.ASSOCIATE)).get("/v1/messages").then().statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of(Roles.ASSOCIATE))
        .post("/v1/messages/1/approve")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of(Roles.STORE_MANAGER))
        .get("/v1/messages?status=PENDING")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
    given()
        .auth()
        .oauth2(Tokens.of(Roles.STORE_MANAGER))
        .post("/v1/messages/999999999/approve")
        .then()
        .statusCode(404)
        .body("type", equalTo("https://vitrine.io/problems/message-not-found"));
  }

  @Test
  void aStoredSalesFollowUpDraftsTheMessage() {
    var store = SalesFixture.store();
    long sale = regimenSale(store, emailConsent(SalesFixture.unique("crm")));

    followUps.newSale(sale);

    await()
        .atMost(DELIVERY)
        .until(
            () -> SalesFixture.rows("SELECT id FROM messages WHERE sale_id = ?", sale).size() == 1);
    assertThat(draft(sale).message().status()).isEqualTo(MessageStatus.DRAFT);
  }

  private long regimenSale(String consents) {
    return regimenSale(SalesFixture.store(), consents);
  }

  private long regimenSale(SalesFixture.Store store, String consents) {
    var customer = SalesFixture.customer(consents);
    String cleanser = SalesFixture.product("Gentle Foam", "Aurelle", "cleanser");
    String serum = SalesFixture.product("Hydra Serum", "Aurelle", "serum");
    return SalesFixture.sale(
        store, customer, Instant.now(), line(serum, "59.00"), line(cleanser, "24.00"));
  }

  private DraftOutcome draft(long sale) {
    return messages.onSaleCompleted(sale).await().atMost(DELIVERY);
  }

  private void approve(long id) {
    given()
        .auth()
        .oauth2(Tokens.of(Roles.STORE_MANAGER))
        .post("/v1/messages/" + id + "/approve")
        .then()
        .statusCode(200);
  }

  private static void awaitStatus(long id, MessageStatus status) {
    await()
        .atMost(DELIVERY)
        .until(
            () ->
                SalesFixture.rows("SELECT status FROM messages WHERE id = ?", id)
                    .get(0)
                    .get("status")
                    .equals(status.name()));
  }

  private static List<String> auditActions(long id) {
    return SalesFixture.rows(
            "SELECT action FROM audit_log WHERE target_type = 'message' AND target_id = ?"
                + " ORDER BY id",
            Long.toString(id))
        .stream()
        .map(row -> (String) row.get("action"))
        .toList();
  }

  /** The {@code sub} claim of an access token. */
  private String subject(String token) throws Exception {
    String payload = token.split("\\.")[1];
    return json.readTree(java.util.Base64.getUrlDecoder().decode(payload)).path("sub").asText();
  }

  private static String emailConsent(String ref) {
    return "{\"service\":true,\"contact\":{\"channel\":\"email\",\"ref\":\"" + ref + "\"}}";
  }

  private static String smsConsent(String ref) {
    return "{\"marketing\":true,\"contact\":{\"channel\":\"sms\",\"ref\":\"" + ref + "\"}}";
  }

  /** Read, not injected: ITs without the receiver share the build, where it is unset. */
  private static String receiver() {
    return ConfigProvider.getConfig().getValue(DeliveryReceiverResource.RECEIVER_URL, String.class);
  }

  private List<JsonNode> received(String ref) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(receiver() + "/log?ref=" + ref)).build(),
                HttpResponse.BodyHandlers.ofString());
    var requests = new ArrayList<JsonNode>();
    json.readTree(response.body()).forEach(requests::add);
    return requests;
  }
}
