package io.vitrine.tenant.it;

import static io.vitrine.tenant.it.KnowledgeIT.as;
import static io.vitrine.tenant.it.KnowledgeIT.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vitrine.api.flags.FlagsDocument;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.PublishedFeatureFlags;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The associate copilot against the real PostgreSQL and OpenSearch: answers cite the knowledge
 * passages and products they come from, facts come from the stock, screening and loyalty tools, and
 * with nothing relevant it says so and whom to ask. No model is configured: the answer is Vitrine's
 * own composition.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class CopilotIT {

  private static final String QUESTIONS = "/v1/copilot/questions";
  private static final String ROLLOUT = "copilot-it";
  private static final AtomicLong REVISION = new AtomicLong();

  @Inject PublishedFeatureFlags flags;

  @BeforeEach
  void copilotOnEverywhere() {
    flags.publish(
        new FlagsDocument(
            ROLLOUT,
            REVISION.incrementAndGet(),
            Map.of(
                Feature.COPILOT.key(), new FlagsDocument.FeatureStores(true, Set.of(), Map.of()))));
  }

  @AfterEach
  void rolloutWithdrawn() {
    flags.withdraw(ROLLOUT);
  }

  @Test
  void whereTheCopilotIsOffItAnswersSoAndNothingElse() {
    flags.publish(
        new FlagsDocument(
            ROLLOUT,
            REVISION.incrementAndGet(),
            Map.of(
                Feature.COPILOT.key(),
                new FlagsDocument.FeatureStores(false, Set.of("another-store"), Map.of()))));

    as("associate")
        .contentType(ContentType.JSON)
        .body(Map.of("question", "How long is the watch warranty?", "store_id", "this-store"))
        .post(QUESTIONS)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false))
        .body("answer", nullValue());
  }

  @Test
  void aPolicyQuestionIsAnsweredFromTheKnowledgeBaseWithItsPassageCitedAndAudited() {
    String id =
        KnowledgeIT.upload(
                "Lipstick returns",
                "return-policy",
                "text/markdown",
                """
                # Returns of cosmetics
                ## Opened lipsticks and makeup
                An opened or swatched lipstick may be returned within 14 days with the receipt;
                it is destroyed, never resold.
                ## Fragrance testers
                Testers are never sold and cannot be returned.
                """)
            .getString("document.id");

    JsonPath answer = ask(Map.of("question", "Can a client bring back a lipstick she opened?"));

    assertThat(answer.getBoolean("found_nothing")).isFalse();
    assertThat(answer.getString("generated_by")).isEqualTo("fallback");
    assertThat(answer.getString("sources[0].document_id")).isEqualTo(id);
    assertThat(answer.getString("sources[0].title")).contains("Opened lipsticks");
    assertThat(answer.getString("sources[0].passage_hash")).hasSize(64);
    assertThat(answer.getString("answer")).contains("[1] Lipstick returns").contains("14 days");
    List<Map<String, Object>> audit =
        SalesFixture.rows(
            "SELECT details::text AS details FROM audit_log WHERE action = 'copilot.answered'"
                + " AND target_id = ?",
            answer.getString("answer_id"));
    assertThat(audit).singleElement().asString().contains(answer.getString("sources[0].id"));
    assertThat(audit.get(0).get("details").toString()).doesNotContain("lipstick");
  }

  @Test
  void aStockQuestionStatesTheStockToolsCountsAcrossStores() {
    String brand = unique("brand");
    String sku = brand + "-velvet";
    importProducts(List.of(product(sku, "Velvet Rose Night Cream", brand, "Aqua, Glycerin")));
    var here = SalesFixture.store();
    var there = SalesFixture.store();
    count(here.id(), sku, 0);
    count(there.id(), sku, 5);

    JsonPath answer =
        ask(
            Map.of(
                "question", "Which other stores have the Velvet Rose Night Cream in stock?",
                "store_id", here.posLocationId(),
                "cart_skus", List.of(sku)));

    assertThat(answer.getList("stock.store_id", String.class))
        .containsExactly(here.posLocationId(), there.posLocationId());
    assertThat(answer.getList("stock.status", String.class))
        .containsExactly("OUT_OF_STOCK", "IN_STOCK");
    assertThat(answer.getString("answer"))
        .contains("none at " + here.posLocationId())
        .contains("5 at " + there.posLocationId());
  }

  @Test
  void anAllergyQuestionIsAnsweredByTheScreeningEngineNeverByRetrieval() {
    String brand = unique("brand");
    String scented = brand + "-scented";
    String plain = brand + "-plain";
    importProducts(
        List.of(
            product(scented, "Amber Body Lotion", brand, "Aqua, Glycerin, Parfum, Linalool"),
            product(plain, "Calm Body Lotion", brand, "Aqua, Glycerin")));

    JsonPath answer =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    ask(
                        Map.of(
                            "question",
                            "Is either lotion safe for someone allergic to fragrance?",
                            "cart_skus",
                            List.of(scented, plain))),
                found ->
                    found.getBoolean("screening.available")
                        && found.getList("screening.products.verdict").size() >= 2
                        && !found
                            .getList("screening.products.verdict")
                            .subList(0, 2)
                            .contains("not-screened"));

    assertThat(answer.getList("screening.avoided", String.class)).contains("fragrance");
    assertThat(answer.getString("screening.products[0].sku")).isEqualTo(scented);
    assertThat(answer.getString("screening.products[0].verdict")).isEqualTo("conflict");
    assertThat(answer.getList("screening.products[0].conflicts", String.class))
        .anySatisfy(conflict -> assertThat(conflict).startsWith("PARFUM"));
    assertThat(answer.getString("screening.products[1].verdict")).isEqualTo("no-conflict");
    assertThat(answer.getString("answer")).contains("Amber Body Lotion: contains PARFUM");
  }

  @Test
  void aLoyaltyQuestionForAnUnknownCustomerSaysSoRatherThanInventingPoints() {
    JsonPath answer =
        ask(
            Map.of(
                "question",
                "How many loyalty points does this client have?",
                "customer_id",
                unique("cust")));

    assertThat(answer.getBoolean("loyalty.member")).isFalse();
    assertThat(answer.getString("answer")).contains("not a member");
  }

  @Test
  void withNothingRelevantItSaysSoAndWhomToAsk() {
    JsonPath answer = ask(Map.of("question", "How do I reset the password of the staff Wi-Fi?"));

    assertThat(answer.getBoolean("found_nothing")).isTrue();
    assertThat(answer.getList("sources")).isEmpty();
    assertThat(answer.getString("ask_instead")).isNotBlank();
    assertThat(answer.getString("answer")).startsWith("I found nothing");
  }

  @Test
  void onlyStaffAskAndBadQuestionsAreProblems() {
    as("auditor")
        .contentType(ContentType.JSON)
        .body(Map.of("question", "Hello?"))
        .post(QUESTIONS)
        .then()
        .statusCode(403);
    as("associate")
        .contentType(ContentType.JSON)
        .body(Map.of("question", " "))
        .post(QUESTIONS)
        .then()
        .statusCode(400)
        .body("status", equalTo(400));
  }

  private static JsonPath ask(Map<String, Object> question) {
    return as("associate")
        .contentType(ContentType.JSON)
        .body(question)
        .post(QUESTIONS)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(true))
        .extract()
        .jsonPath();
  }

  private static void count(long store, String sku, int quantity) {
    SalesFixture.rows(
        "INSERT INTO inventory (store_id, sku, quantity, source, version, counted_at)"
            + " VALUES (?, ?, ?, 'import', 1, now()) RETURNING sku",
        store,
        sku,
        quantity);
  }

  private static void importProducts(List<Map<String, Object>> products) {
    String location =
        as("retailer-admin")
            .contentType(ContentType.JSON)
            .body(products)
            .post("/v1/admin/catalog/imports")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                as("retailer-admin").get(location).then().extract().jsonPath().getString("status"),
            "COMPLETED"::equals);
  }

  private static Map<String, Object> product(
      String sku, String name, String brand, String ingredients) {
    var product = new HashMap<String, Object>();
    product.put("sku", sku);
    product.put("name", name);
    product.put("brand", brand);
    product.put("category", "body");
    product.put("price", 32.0);
    product.put("currency", "EUR");
    product.put("ingredients", ingredients);
    return product;
  }
}
