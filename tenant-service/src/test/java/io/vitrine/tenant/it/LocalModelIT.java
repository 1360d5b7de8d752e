package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.SalesFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vitrine.api.flags.FlagsDocument;
import io.vitrine.tenant.ai.FallbackReason;
import io.vitrine.tenant.ai.GeneratedBy;
import io.vitrine.tenant.ai.Generation;
import io.vitrine.tenant.ai.GenerationRequest;
import io.vitrine.tenant.ai.GenerationSource;
import io.vitrine.tenant.ai.ModelGateway;
import io.vitrine.tenant.ai.PersonalValues;
import io.vitrine.tenant.ai.Prompt;
import io.vitrine.tenant.ai.PromptGuard;
import io.vitrine.tenant.ai.PromptTemplate;
import io.vitrine.tenant.ai.Sha256;
import io.vitrine.tenant.common.security.Roles;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.PublishedFeatureFlags;
import io.vitrine.tenant.messages.MessageView;
import io.vitrine.tenant.messages.PostPurchaseMessageService;
import io.vitrine.tenant.messages.RegimenMessageModel;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The AI layer against a real model server: llama-server with Gemma 3 270M on loopback, behind a
 * recorder that keeps every prompt it received. Gemma 3 270M is a base model: the tests assert on
 * protocol (a completion came back, and is audited and hashed exactly), privacy, deadlines and
 * fallbacks, never on its prose. The last test reads every prompt of the suite for personal data.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@WithTestResource(DeliveryReceiverResource.class)
@WithTestResource(LocalModelResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalModelIT {

  private static final Duration DRAFT = Duration.ofSeconds(120);

  /** Every personal value the suite handed tenant-service: none may reach the model. */
  private static final Set<String> PERSONAL = new CopyOnWriteArraySet<>();

  @Inject PostPurchaseMessageService messages;
  @Inject ModelGateway gateway;
  @Inject RegimenMessageModel model;
  @Inject PublishedFeatureFlags flags;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  @Order(1)
  void theLocalModelPhrasesADraftAndTheAuditHashesExactlyWhatWasSentAndUsed() throws Exception {
    String contact = personal("jeanne.martin." + SalesFixture.unique("c") + "@example.com");
    long sale = regimenSale(emailConsent(contact));
    int before = recorder().exchanges().size();

    MessageView message = messages.onSaleCompleted(sale).await().atMost(DRAFT).message();

    var exchanges = recorder().exchanges().subList(before, recorder().exchanges().size());
    assertThat(exchanges).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(200));
    JsonNode sent = json.readTree(exchanges.get(0).request());
    JsonNode answer = json.readTree(exchanges.get(0).response());
    assertThat(sent.path("store").asBoolean(true)).as("asked not to store").isFalse();
    assertThat(sent.path("model").asText()).isEqualTo(LocalModelResource.MODEL);
    assertThat(answer.path("choices").get(0).path("message").has("content")).isTrue();

    JsonPath audit = generation(message.generationId());
    assertThat(audit.getString("prompt_sha256")).isEqualTo(promptHash(sent));
    assertThat(audit.getString("prompt_template")).isEqualTo("post-purchase-regimen");
    assertThat(audit.getString("prompt_template_version")).isEqualTo("1");
    assertThat(audit.getString("source_type")).isEqualTo("sale");
    assertThat(audit.getString("source_id")).isEqualTo(Long.toString(sale));
    assertThat(audit.getString("model")).isEqualTo(LocalModelResource.MODEL);
    assertThat(audit.getList("citations")).hasSize(2);
    given()
        .auth()
        .oauth2(Tokens.of(Roles.AUDITOR))
        .get("/v1/admin/generations?source=sale:" + sale)
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.contains(message.generationId().toString()));
    given()
        .auth()
        .oauth2(Tokens.of(Roles.STORE_MANAGER))
        .get("/v1/admin/generations/" + message.generationId())
        .then()
        .statusCode(403);
    String content = answer.path("choices").get(0).path("message").path("content").asText().strip();
    if (message.generatedBy().equals("model")) {
      assertThat(audit.getString("model_version"))
          .isEqualTo(LocalModelResource.MODEL + " " + answer.path("system_fingerprint").asText());
      assertThat(message.body()).isEqualTo(content);
      assertThat(audit.getString("output_sha256")).isEqualTo(Sha256.hex(content));
    } else {
      // The base model may babble an address or nothing: such an answer is never used.
      assertThat(audit.getString("fallback_reason")).isEqualTo("unusable-answer");
      assertThat(content.isEmpty() || !PromptGuard.inspect(content).clean()).isTrue();
      assertThat(audit.getString("output_sha256")).isEqualTo(Sha256.hex(message.body()));
    }
  }

  @Test
  @Order(2)
  void theCopilotAsksTheLocalModelWithItsNumberedSourcesAndAuditsItUnderTheAnswer()
      throws Exception {
    flags.publish(
        new FlagsDocument(
            "local-model-it",
            1,
            Map.of(
                Feature.COPILOT.key(), new FlagsDocument.FeatureStores(true, Set.of(), Map.of()))));
    try {
      KnowledgeIT.upload(
          "Watch service",
          "care-guide",
          "text/markdown",
          """
          # Watch service
          ## Water resistance
          A water resistance test is advised every year and after each battery change.
          """);
      int before = recorder().exchanges().size();

      JsonPath answer =
          given()
              .auth()
              .oauth2(Tokens.of(Roles.ASSOCIATE))
              .contentType(ContentType.JSON)
              .body(Map.of("question", "How often should a watch's water resistance be tested?"))
              .post("/v1/copilot/questions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();

      var exchanges = recorder().exchanges().subList(before, recorder().exchanges().size());
      assertThat(exchanges).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(200));
      JsonNode sent = json.readTree(exchanges.get(0).request());
      String user = sent.path("messages").get(1).path("content").asText();
      assertThat(user).contains("[1] " + answer.getString("sources[0].title"));
      JsonPath audit = generation(generationFor("request:" + answer.getString("answer_id")));
      assertThat(audit.getString("prompt_sha256")).isEqualTo(promptHash(sent));
      assertThat(audit.getString("prompt_template")).isEqualTo("copilot-answer");
      assertThat(audit.getString("feature")).isEqualTo("copilot");
      assertThat(audit.getList("citations")).isEqualTo(answer.getList("sources.id"));
      String content =
          json.readTree(exchanges.get(0).response())
              .path("choices")
              .get(0)
              .path("message")
              .path("content")
              .asText()
              .strip();
      if (answer.getString("generated_by").equals(LocalModelResource.MODEL)) {
        assertThat(answer.getString("answer")).startsWith(content);
      } else {
        // The base model rarely cites [n]: an answer citing nothing it was given is not shown.
        assertThat(answer.getString("generated_by")).isEqualTo("fallback");
        assertThat(answer.getString("answer")).contains("[1] ");
      }
    } finally {
      flags.withdraw("local-model-it");
    }
  }

  @Test
  @Order(3)
  void aPromptWithPersonalDataIsRefusedAndNeverLeavesTheProcess() {
    String name = personal("Jeanne Martin");
    String phone = personal("+33 6 12 34 56 78");
    int before = recorder().exchanges().size();

    Generation withPhone = generate("Client to call back: " + phone, PersonalValues.none());
    Generation withName =
        generate("Routine for " + name + ": cleanser, serum", PersonalValues.of(name));

    assertThat(List.of(withPhone, withName))
        .allSatisfy(
            generation -> {
              assertThat(generation.generatedBy()).isEqualTo(GeneratedBy.FALLBACK);
              assertThat(generation.fallbackReason()).isEqualTo(FallbackReason.PROMPT_REFUSED);
            });
    assertThat(recorder().exchanges()).hasSize(before);
    JsonPath audit = generation(withPhone.id());
    assertThat(audit.getString("refused")).isEqualTo("PHONE_NUMBER");
    assertThat(audit.getString("prompt_sha256")).isNull();
    assertThat(generation(withName.id()).getString("refused")).isEqualTo("PERSONAL_VALUE");
  }

  @Test
  @Order(4)
  void aModelThatDoesNotAnswerInTimeLeavesTheFallbackWithinTheDeadline() {
    Duration deadline = Duration.ofSeconds(2);
    recorder().hold();
    try {
      Instant started = Instant.now();
      Generation generation =
          gateway
              .generate(request("Morning routine: 1. Cleanse.", PersonalValues.none(), deadline))
              .await()
              .atMost(DRAFT);

      assertThat(Duration.between(started, Instant.now())).isLessThan(deadline.multipliedBy(3));
      assertThat(generation.fallbackReason()).isEqualTo(FallbackReason.MODEL_TIMEOUT);
      assertThat(generation.text()).isEqualTo(FALLBACK_TEXT);
    } finally {
      recorder().release();
    }
  }

  @Test
  @Order(5)
  void whenTheModelServerStopsDraftsFallBackToTheTemplateAndSaySo() {
    LocalModelResource.stopServer();
    try {
      long sale = regimenSale(emailConsent(personal(SalesFixture.unique("crm"))));
      Instant started = Instant.now();

      MessageView message = messages.onSaleCompleted(sale).await().atMost(DRAFT).message();

      assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(60));
      assertThat(message.generatedBy()).isEqualTo("fallback");
      assertThat(message.body()).contains("Morning (AM), in this order:");
      assertThat(generation(message.generationId()).getString("fallback_reason"))
          .isIn("model-error", "circuit-open");
    } finally {
      LocalModelResource.startServer();
    }
  }

  @Test
  @Order(6)
  void noPromptTheModelServerReceivedDuringTheSuiteHoldsPersonalData() throws Exception {
    var texts = new ArrayList<String>();
    for (ModelRecorder.Exchange exchange : recorder().exchanges()) {
      for (JsonNode message : json.readTree(exchange.request()).path("messages")) {
        texts.add(message.path("content").asText());
      }
    }

    assertThat(texts).as("prompts the model server received").isNotEmpty();
    assertThat(PERSONAL).hasSizeGreaterThanOrEqualTo(4);
    for (String text : texts) {
      assertThat(PromptGuard.inspect(text).clean()).as("guard finds nothing").isTrue();
      for (String value : PERSONAL) {
        assertThat(text).doesNotContainIgnoringCase(value);
      }
    }
  }

  private static final String FALLBACK_TEXT = "Deterministic text.";

  private Generation generate(String user, PersonalValues personal) {
    return gateway.generate(request(user, personal, DRAFT)).await().atMost(DRAFT);
  }

  private GenerationRequest request(String user, PersonalValues personal, Duration deadline) {
    var prompt = new Prompt(new PromptTemplate("it-probe", "1"), "You write short notes.", user);
    return new GenerationRequest(
        "it-probe",
        "system:it",
        GenerationSource.request(SalesFixture.unique("req")),
        prompt,
        personal,
        List.of(),
        sent -> model.phrase(sent.system(), sent.user()),
        () -> FALLBACK_TEXT,
        deadline,
        2000);
  }

  /** The hash tenant-service audits, recomputed from the messages the model server received. */
  private static String promptHash(JsonNode sent) {
    JsonNode messages = sent.path("messages");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
    assertThat(messages.get(1).path("role").asText()).isEqualTo("user");
    return Prompt.sha256(
        messages.get(0).path("content").asText(), messages.get(1).path("content").asText());
  }

  private static java.util.UUID generationFor(String source) {
    List<String> ids =
        given()
            .auth()
            .oauth2(Tokens.of(Roles.AUDITOR))
            .get("/v1/admin/generations?source=" + source)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id");
    assertThat(ids).as("generations of " + source).hasSize(1);
    return java.util.UUID.fromString(ids.get(0));
  }

  private static JsonPath generation(java.util.UUID id) {
    return given()
        .auth()
        .oauth2(Tokens.of(Roles.AUDITOR))
        .get("/v1/admin/generations/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static ModelRecorder recorder() {
    return LocalModelResource.recorder();
  }

  private static String personal(String value) {
    PERSONAL.add(value);
    return value;
  }

  private static long regimenSale(String consents) {
    var customer = SalesFixture.customer(consents);
    String cleanser = SalesFixture.product("Gentle Foam", "Aurelle", "cleanser");
    String serum = SalesFixture.product("Hydra Serum", "Aurelle", "serum");
    return SalesFixture.sale(
        SalesFixture.store(),
        customer,
        Instant.now(),
        line(serum, "59.00"),
        line(cleanser, "24.00"));
  }

  private static String emailConsent(String ref) {
    return "{\"service\":true,\"contact\":{\"channel\":\"email\",\"ref\":\"" + ref + "\"}}";
  }
}
