package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.BALM;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.CART;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.EARLIER;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.MASK;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.ODD;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.OIL;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.PERFUME;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.RECENT;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.SCREENING;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.SERUM;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.STORE;
import static io.vitrine.tenant.it.UpgradeFromV9Resource.TONER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vitrine.tenant.checkout.recommend.AcceptanceFeedback;
import io.vitrine.tenant.kpi.attribution.AttributionRule.Attribution;
import io.vitrine.tenant.kpi.attribution.AttributionRule.Match;
import io.vitrine.tenant.kpi.attribution.SaleAttributions;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A tenant upgraded from V9, whose suggestions, screenings and decisions were recorded only in the
 * audit log: after V10 they are in their own tables, and decisions, feedback priors and sale
 * attribution read them there as they read the audit log before.
 */
@QuarkusTest
@WithTestResource(UpgradeFromV9Resource.class)
@TestProfile(CheckoutUpgradeIT.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutUpgradeIT {

  /** Every feature on, as in CheckoutIT. */
  public static class Profile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("vitrine.features.ungoverned", "enabled");
    }
  }

  @Inject AgroalDataSource dataSource;
  @Inject AcceptanceFeedback priors;
  @Inject SaleAttributions attributions;

  @BeforeEach
  void awaitTheCheckoutData() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/q/health/ready").statusCode() == 200);
  }

  @Test
  @Order(1) // before the other tests add decisions
  void theAuditRecordsAreBackfilledIntoTheirTablesAndKept() {
    assertThat(strings("select id::text from suggestions order by created_at"))
        .containsExactly(ODD, EARLIER, RECENT);
    assertThat(
            strings(
                "select algorithm || ' ' || flags_revision || ' ' || cardinality(cart_skus)"
                    + " || ' ' || (select count(*) from suggestion_items where suggestion_id = id)"
                    + " from suggestions where id = '"
                    + ODD
                    + "'"))
        .containsExactly("unrecorded 0 0 0");
    assertThat(
            strings(
                "select rank || ' ' || sku || ' ' || coalesce(anchor_sku, '-') || ' ' || reason_kind"
                    + " from suggestion_items where suggestion_id = '"
                    + EARLIER
                    + "' order by rank"))
        .containsExactly(
            "1 " + MASK + " " + SERUM + " CO_PURCHASE",
            "2 " + TONER + " " + SERUM + " COMPLEMENT",
            "3 " + BALM + " - PREFERRED_BRAND");
    assertThat(
            strings(
                "select s.id || ' ' || d.sku || ' ' || d.decision || ' ' || coalesce(d.reason, '-')"
                    + " from suggestion_decisions d join suggestions s on s.id = d.suggestion_id"
                    + " order by s.created_at, d.decided_at"))
        .containsExactly(
            EARLIER + " " + MASK + " ACCEPTED -",
            EARLIER + " " + TONER + " REJECTED owns it",
            RECENT + " " + MASK + " ACCEPTED -");
    assertThat(
            strings(
                "select cart_id || ' ' || pos_location_id || ' ' || customer_pseudonym || ' '"
                    + " || array_to_string(cart_skus, ',') || ' ' || flags_revision"
                    + " from suggestions where id = '"
                    + EARLIER
                    + "'"))
        .containsExactly(CART + " " + STORE + " legacy-alice " + SERUM + " 3");
    assertThat(strings("select sku from screening_alerts order by sku"))
        .containsExactly(OIL, PERFUME);
    assertThat(strings("select sku from screening_overrides")).containsExactly(PERFUME);
    assertThat(strings("select count(*)::text from audit_log where target_type <> 'store'"))
        .containsExactly("10");
  }

  @Test
  void decisionsOnBackfilledAnswersKeepTheirRules() {
    decide("/v1/pos/suggestions/" + EARLIER + "/accept", Map.of("sku", MASK)).statusCode(409);
    decide("/v1/pos/suggestions/" + EARLIER + "/accept", Map.of("sku", TONER)).statusCode(409);
    decide("/v1/pos/suggestions/" + EARLIER + "/accept", Map.of("sku", "SOAP")).statusCode(422);
    decide("/v1/pos/suggestions/" + EARLIER + "/reject", Map.of())
        .statusCode(200)
        .body("skus", contains(BALM));
    decide("/v1/pos/suggestions/" + EARLIER + "/reject", Map.of()).statusCode(409);
    decide("/v1/pos/suggestions/" + ODD + "/accept", Map.of()).statusCode(422);

    decide("/v1/pos/screenings/" + SCREENING + "/override", Map.of()).statusCode(422);
    decide("/v1/pos/screenings/" + SCREENING + "/override", Map.of("sku", PERFUME)).statusCode(409);
    decide("/v1/pos/screenings/" + SCREENING + "/override", Map.of("sku", OIL))
        .statusCode(200)
        .body("action", equalTo("overridden"));
    decide("/v1/pos/screenings/not-an-answer-id/override", Map.of("sku", OIL)).statusCode(404);
  }

  @Test
  void feedbackPriorsCountTheBackfilledDecisions() {
    // Two accepts of MASK for SERUM (the twice-recorded one counts once), one reject of TONER.
    assertThat(priors.factor(SERUM, MASK)).isCloseTo(3.0 / 4 * 2, within(1e-9));
    assertThat(priors.factor(SERUM, TONER)).isCloseTo(1.0 / 3 * 2, within(1e-9));
    assertThat(priors.factor("ANOTHER-ITEM", TONER)).isCloseTo(1.0 / 3 * 2, within(1e-9));
  }

  @Test
  void salesAreAttributedToBackfilledAcceptances() {
    long byCart = sale(CART, MASK);
    long inWindow = sale("legacy-order-" + UUID.randomUUID(), MASK);

    assertThat(attributions.onSale(byCart).await().indefinitely())
        .get()
        .satisfies(a -> assertAttributed(a, EARLIER, Match.CART));
    assertThat(attributions.onSale(inWindow).await().indefinitely())
        .get()
        .satisfies(a -> assertAttributed(a, RECENT, Match.WINDOW));
    assertThat(
            attributions
                .onSale(sale("legacy-order-" + UUID.randomUUID(), TONER))
                .await()
                .indefinitely())
        .isEqualTo(Optional.empty());
  }

  private static void assertAttributed(Attribution attribution, String suggestionId, Match match) {
    assertThat(attribution.acceptance().suggestionId()).isEqualTo(suggestionId);
    assertThat(attribution.match()).isEqualTo(match);
  }

  private long sale(String posSaleId, String sku) {
    long id =
        first(
            "insert into sales (pos_provider, pos_sale_id, store_id, total, currency, occurred_at)"
                + " select 'it', ?, id, 20, 'EUR', now() from stores where pos_location_id = ?"
                + " returning id",
            posSaleId,
            STORE);
    first(
        "insert into sale_lines (sale_id, line_number, sku, quantity, unit_price, total)"
            + " values (?, 1, ?, 1, 20, 20) returning sale_id",
        id,
        sku);
    return id;
  }

  private static ValidatableResponse decide(String path, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(Tokens.of("associate"))
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then();
  }

  private List<String> strings(String sql) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      var values = new ArrayList<String>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long first(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
