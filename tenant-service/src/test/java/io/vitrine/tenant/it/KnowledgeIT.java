package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base against the real PostgreSQL and OpenSearch: uploads in each format, passages
 * in the catalog index, replacements that re-index only what changed, deletions, bad uploads.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class KnowledgeIT {

  static final String DOCUMENTS = "/v1/admin/knowledge/documents";
  private static final String RETRIEVALS = "/v1/copilot/retrievals";
  private static final String PROBLEM = "application/problem+json";

  @Test
  void aReplacementReindexesOnlyTheChangedPassagesAndADeletionRemovesThemAll() {
    String word = unique("zorvex");
    String id =
        upload(
                "Returns and exchanges",
                "return-policy",
                "text/markdown",
                returnsPolicy(word, "Opened products can be returned within 14 days."))
            .getString("document.id");
    assertThat(passageIds(id, "cardholder " + word)).hasSize(4);

    JsonPath replaced =
        as("retailer-admin")
            .contentType("text/markdown")
            .queryParams(Map.of("title", "Returns and exchanges", "kind", "return-policy"))
            .body(
                returnsPolicy(word, "Opened products can be returned within 30 days.")
                    .replace("## Gift cards\nGift cards " + word + " cannot be refunded.\n", ""))
            .put(DOCUMENTS + "/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(replaced.getInt("added")).isEqualTo(1);
    assertThat(replaced.getInt("kept")).isEqualTo(2);
    assertThat(replaced.getInt("removed")).isEqualTo(2);
    assertThat(replaced.getInt("document.version")).isEqualTo(2);
    assertThat(replaced.getBoolean("document.searchable")).isTrue();
    assertThat(texts(id, "cardholder " + word))
        .hasSize(3)
        .anySatisfy(text -> assertThat(text).contains("within 30 days"))
        .noneSatisfy(text -> assertThat(text).contains("within 14 days"))
        .noneSatisfy(text -> assertThat(text).contains("Gift cards"));

    as("retailer-admin").delete(DOCUMENTS + "/" + id).then().statusCode(204);

    assertThat(passageIds(id, "cardholder " + word)).isEmpty();
    as("retailer-admin")
        .get(DOCUMENTS + "/" + id)
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/knowledge-document-not-found"));
  }

  @Test
  void htmlAndPdfDocumentsAreSplitIntoSearchablePassages() throws Exception {
    String word = unique("quelbrin");
    String html =
        "<html><body><nav>Menu</nav><h2>Strap care</h2><p>Wipe the "
            + word
            + " leather strap with a dry cloth.</p><h2>Water</h2><p>Keep the strap dry.</p>"
            + "</body></html>";
    String htmlId = upload("Strap care", "care-guide", "text/html", html).getString("document.id");
    byte[] pdf = Pdfs.of("Have the " + word + " movement serviced every five years.");
    String pdfId =
        as("retailer-admin")
            .contentType("application/pdf")
            .queryParams(Map.of("title", "Watch manual", "kind", "product-manual"))
            .body(pdf)
            .post(DOCUMENTS)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("document.id");

    assertThat(passageIds(htmlId, word + " strap")).hasSize(2);
    assertThat(texts(pdfId, word + " movement")).singleElement().asString().contains("five years");
    assertThat(
            as("retailer-admin")
                .get(DOCUMENTS + "/" + htmlId + "/passages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("heading", String.class))
        .containsExactly("Strap care", "Water");
  }

  @Test
  void badUploadsAreProblemsAndStoreNothing() {
    int before =
        as("retailer-admin").get(DOCUMENTS).then().extract().jsonPath().getList("$").size();

    as("retailer-admin")
        .contentType("application/pdf")
        .queryParams(Map.of("title", "Broken", "kind", "warranty"))
        .body("this is not a PDF".getBytes())
        .post(DOCUMENTS)
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM))
        .body("type", equalTo("https://vitrine.io/problems/knowledge-document-unreadable"));
    as("retailer-admin")
        .contentType("text/markdown")
        .queryParams(Map.of("title", "Empty", "kind", "warranty"))
        .body("<!-- nothing -->\n```\n```\n")
        .post(DOCUMENTS)
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM));
    as("retailer-admin")
        .contentType("text/markdown")
        .queryParams(Map.of("title", "No kind", "kind", "brochure"))
        .body("# Hello\nText.")
        .post(DOCUMENTS)
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM));
    as("retailer-admin")
        .contentType("text/plain")
        .queryParams(Map.of("title", "Plain", "kind", "other"))
        .body("Text.")
        .post(DOCUMENTS)
        .then()
        .statusCode(415)
        .contentType(startsWith(PROBLEM));
    as("retailer-admin")
        .contentType("text/markdown")
        .queryParams(Map.of("title", "Gone", "kind", "other"))
        .body("# Gone\nText.")
        .put(DOCUMENTS + "/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
    as("associate")
        .contentType("text/markdown")
        .queryParams(Map.of("title", "Mine", "kind", "other"))
        .body("# Mine\nText.")
        .post(DOCUMENTS)
        .then()
        .statusCode(403);

    assertThat(as("retailer-admin").get(DOCUMENTS).then().extract().jsonPath().getList("$"))
        .hasSize(before);
  }

  static JsonPath upload(String title, String kind, String mediaType, String body) {
    return as("retailer-admin")
        .contentType(mediaType)
        .queryParams(Map.of("title", title, "kind", kind))
        .body(body)
        .post(DOCUMENTS)
        .then()
        .statusCode(201)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }

  private static String returnsPolicy(String word, String opened) {
    return """
        # Returns and exchanges
        Unopened products %1$s can be returned within 30 days with the cardholder's receipt.

        ## Opened products
        %2$s The cardholder %1$s gets a refund to the original payment.

        ## Gift cards
        Gift cards %1$s cannot be refunded.
        """
            .formatted(word, opened)
        + "\n## Exchanges\nAny store exchanges a product "
        + word
        + " for the cardholder.\n";
  }

  /** The ids of the document's passages that BM25 finds for the words. */
  private static List<String> passageIds(String documentId, String words) {
    return retrieve(words).getList("sources.findAll { it.document_id == '" + documentId + "' }.id");
  }

  private static List<String> texts(String documentId, String words) {
    return retrieve(words)
        .getList("sources.findAll { it.document_id == '" + documentId + "' }.text");
  }

  private static JsonPath retrieve(String words) {
    return as("retailer-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("question", words, "mode", "LEXICAL", "size", 50))
        .post(RETRIEVALS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static RequestSpecification as(String role) {
    return given().auth().oauth2(Tokens.of(role));
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
  }
}
