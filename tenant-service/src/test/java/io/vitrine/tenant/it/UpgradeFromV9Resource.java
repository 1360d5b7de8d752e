package io.vitrine.tenant.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A tenant upgraded to this version: its schema migrated to V9 only, holding checkout records as
 * the previous versions wrote them (the audit log was their only store); tenant-service then starts
 * on it and migrates the rest, as a rolled-out pod's {@code migrate-schema} does.
 */
public class UpgradeFromV9Resource implements QuarkusTestResourceLifecycleManager {

  static final String STORE = "legacy-store";
  static final String CART = "legacy-cart-1";
  static final String CUSTOMER = "legacy-alice";
  static final String SERUM = "LEGACY-SERUM";
  static final String MASK = "LEGACY-MASK";
  static final String TONER = "LEGACY-TONER";
  static final String BALM = "LEGACY-BALM";
  static final String PERFUME = "LEGACY-PERFUME";
  static final String OIL = "LEGACY-OIL";

  /** A day old: MASK accepted (recorded twice, as a race once could), TONER rejected. */
  static final String EARLIER = "6f1c2a4e-0b7d-4c39-9a51-2f0e8d3b7a10";

  /** Ten minutes old, for a walk-in: MASK accepted. */
  static final String RECENT = "0d9e5b7c-3a14-4f62-8e0b-7c1d2a3f4b55";

  /** Recorded in a shape the checkout never wrote: no suggestions, no cart SKUs, no algorithm. */
  static final String ODD = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";

  /** A day old: alerts for PERFUME (overridden) and OIL. */
  static final String SCREENING = "a3b4c5d6-e7f8-4a1b-9c2d-3e4f5a6b7c8d";

  private final TenantStackResource stack = new TenantStackResource();
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Override
  public Map<String, String> start() {
    Map<String, String> config = stack.start();
    String url = config.get("quarkus.datasource.jdbc.url");
    String role = config.get("quarkus.datasource.username");
    String password = config.get("quarkus.datasource.password");
    String schema = config.get("vitrine.database.schema");
    Flyway.configure()
        .dataSource(url, role, password)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(false)
        .locations("classpath:db/migration")
        .target("9")
        .load()
        .migrate();
    try (Connection tenant = DriverManager.getConnection(url, role, password)) {
      plant(tenant);
    } catch (SQLException e) {
      throw new IllegalStateException("the legacy records could not be planted", e);
    }
    return config;
  }

  @Override
  public void stop() {
    stack.stop();
  }

  private void plant(Connection tenant) throws SQLException {
    execute(tenant, "insert into stores (pos_location_id, name) values (?, 'Legacy')", STORE);
    Instant dayAgo = now.minus(1, ChronoUnit.DAYS);
    audit(tenant, dayAgo, "checkout.suggestion.shown", "checkout-suggestion", EARLIER, shown());
    decision(tenant, dayAgo.plusSeconds(20), "checkout.suggestion.accepted", EARLIER, MASK, null);
    decision(tenant, dayAgo.plusSeconds(25), "checkout.suggestion.accepted", EARLIER, MASK, null);
    decision(
        tenant, dayAgo.plusSeconds(30), "checkout.suggestion.rejected", EARLIER, TONER, "owns it");
    audit(
        tenant,
        now.minus(15, ChronoUnit.MINUTES),
        "checkout.suggestion.shown",
        "checkout-suggestion",
        RECENT,
        shownToAWalkIn());
    decision(
        tenant,
        now.minus(10, ChronoUnit.MINUTES),
        "checkout.suggestion.accepted",
        RECENT,
        MASK,
        null);
    audit(
        tenant, dayAgo, "checkout.screening.screened", "checkout-screening", SCREENING, screened());
    audit(
        tenant,
        dayAgo.plusSeconds(40),
        "checkout.screening.overridden",
        "checkout-screening",
        SCREENING,
        decided(PERFUME, null, "customer insists"));
    audit(
        tenant,
        dayAgo.minus(1, ChronoUnit.HOURS),
        "checkout.suggestion.shown",
        "checkout-suggestion",
        ODD,
        "{\"cart_id\": \"legacy-cart-3\", \"store_id\": \"" + STORE + "\", \"suggestions\": null}");
    // Records the backfill must leave alone: another feature's, and a target that is no answer id.
    audit(tenant, dayAgo, "store.created", "store", "42", "{\"name\": \"Legacy\"}");
    audit(
        tenant,
        dayAgo,
        "checkout.suggestion.shown",
        "checkout-suggestion",
        "not-an-answer-id",
        shownToAWalkIn());
  }

  private static void decision(
      Connection tenant, Instant at, String action, String id, String sku, String reason)
      throws SQLException {
    audit(tenant, at, action, "checkout-suggestion", id, decided(sku, SERUM, reason));
  }

  private static String shown() {
    return """
        {"cart_id": "%s", "store_id": "%s", "customer": "%s", "associate": "%s",
         "algorithm": "checkout-ranker/1", "flags_revision": 3, "latency_ms": 4.2,
         "cart_skus": ["%s"], "avoided_ingredients": 0, "content_matches": 0,
         "suggestions": [%s, %s, %s]}
        """
        .formatted(
            CART,
            STORE,
            CUSTOMER,
            associate(),
            SERUM,
            suggested(MASK, SERUM, 0.9, "CO_PURCHASE"),
            suggested(TONER, SERUM, 0.5, "COMPLEMENT"),
            suggested(BALM, null, 0.1, "PREFERRED_BRAND"));
  }

  private static String shownToAWalkIn() {
    return """
        {"cart_id": "legacy-cart-2", "store_id": "%s", "customer": null, "associate": "%s",
         "algorithm": "checkout-ranker/1", "flags_revision": 3, "latency_ms": 2.5,
         "cart_skus": ["%s"], "avoided_ingredients": 0, "content_matches": 0,
         "suggestions": [%s]}
        """
        .formatted(STORE, associate(), SERUM, suggested(MASK, SERUM, 0.9, "CO_PURCHASE"));
  }

  private static String suggested(String sku, String anchor, double score, String kind) {
    String anchorJson = anchor == null ? "null" : "\"" + anchor + "\"";
    return """
        {"sku": "%s", "score": %s, "reason": "as ranked", "discount_eligible": false,
         "anchor_sku": %s,
         "evidence": [{"kind": "%s", "anchor_sku": %s, "value": %s, "detail": "planted"}]}
        """
        .formatted(sku, score, anchorJson, kind, anchorJson, score);
  }

  private static String screened() {
    return """
        {"cart_id": "%s", "store_id": "%s", "customer": "%s", "associate": "%s",
         "algorithm": "checkout-ranker/1", "flags_revision": 3, "cart_skus": ["%s", "%s"],
         "alerts": [%s, %s], "unscreened": []}
        """
        .formatted(
            CART,
            STORE,
            CUSTOMER,
            associate(),
            PERFUME,
            OIL,
            alert(PERFUME, "LINALOOL", "fragrance"),
            alert(OIL, "ARACHIS HYPOGAEA OIL", "ARACHIS HYPOGAEA OIL"));
  }

  private static String alert(String sku, String ingredient, String avoided) {
    return """
        {"sku": "%s", "name": "Planted", "ingredients": [{"ingredient": "%s", "avoided": "%s"}],
         "alternatives": []}
        """
        .formatted(sku, ingredient, avoided);
  }

  private static String decided(String sku, String anchor, String reason) {
    return """
        {"cart_id": "%s", "store_id": "%s", "associate": "%s", "algorithm": "checkout-ranker/1",
         "sku": "%s", "anchor_sku": %s, "reason": %s}
        """
        .formatted(
            CART,
            STORE,
            associate(),
            sku,
            anchor == null ? "null" : "\"" + anchor + "\"",
            reason == null ? "null" : "\"" + reason + "\"");
  }

  private static String associate() {
    return "5f0c9a6e-1d2b-4c3a-8e7f-6a5b4c3d2e1f";
  }

  private static void audit(
      Connection tenant, Instant at, String action, String type, String id, String details)
      throws SQLException {
    execute(
        tenant,
        "insert into audit_log (occurred_at, actor, action, target_type, target_id, details)"
            + " values (?, ?, ?, ?, ?, cast(? as jsonb))",
        Timestamp.from(at),
        associate(),
        action,
        type,
        id,
        details);
  }

  private static void execute(Connection tenant, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = tenant.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
