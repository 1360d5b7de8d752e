package io.vitrine.tenant.checkout.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.vitrine.tenant.checkout.CheckoutActions;
import io.vitrine.tenant.checkout.ranking.AcceptancePriors;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Associates' accepts and rejects as a ranking prior: per (cart item, suggested SKU) pair when the
 * pair has feedback, else per suggested SKU. The multiplier is the Laplace-smoothed acceptance rate
 * relative to one half: (accepted + 1) / (accepted + rejected + 2) * 2, so 1 without feedback,
 * towards 2 when always accepted and towards 0 when always rejected. Rebuilt from the audit log at
 * start, where every feedback is recorded.
 */
@ApplicationScoped
public class AcceptanceFeedback implements AcceptancePriors {

  private final ConcurrentHashMap<String, Tally> byPair = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Tally> bySku = new ConcurrentHashMap<>();
  private final AgroalDataSource dataSource;
  private final ObjectMapper json = new ObjectMapper();

  public AcceptanceFeedback(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public double factor(String anchorSku, String candidateSku) {
    Tally tally = anchorSku == null ? null : byPair.get(pair(anchorSku, candidateSku));
    if (tally == null) {
      tally = bySku.get(candidateSku);
    }
    return tally == null ? 1.0 : tally.factor();
  }

  public void record(String anchorSku, String sku, boolean accepted) {
    if (anchorSku != null) {
      byPair.merge(pair(anchorSku, sku), Tally.of(accepted), Tally::plus);
    }
    bySku.merge(sku, Tally.of(accepted), Tally::plus);
  }

  /** Reads every recorded feedback again. Blocking: call off the event loop. */
  public void load() {
    byPair.clear();
    bySku.clear();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select action, details::text from audit_log"
                    + " where target_type = ? and action in (?, ?)")) {
      statement.setString(1, CheckoutActions.SUGGESTION);
      statement.setString(2, CheckoutActions.ACCEPTED);
      statement.setString(3, CheckoutActions.REJECTED);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          JsonNode details = json.readTree(rows.getString(2));
          record(
              details.path("anchor_sku").textValue(),
              details.path("sku").asText(),
              CheckoutActions.ACCEPTED.equals(rows.getString(1)));
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("feedback cannot be read: " + e.getMessage(), e);
    }
  }

  private static String pair(String anchorSku, String sku) {
    return anchorSku + '\u0000' + sku;
  }

  private record Tally(int accepted, int rejected) {
    static Tally of(boolean accepted) {
      return accepted ? new Tally(1, 0) : new Tally(0, 1);
    }

    Tally plus(Tally other) {
      return new Tally(accepted + other.accepted, rejected + other.rejected);
    }

    double factor() {
      return (accepted + 1.0) / (accepted + rejected + 2.0) * 2.0;
    }
  }
}
