package io.vitrine.tenant.checkout;

import java.util.List;
import java.util.Set;

/**
 * What one request reads from the database, in one round trip.
 *
 * @param storeId the store's row id; null when no store has the POS location id
 * @param profile the customer's profile as JSON text; null for an unknown or anonymous customer
 * @param purchased SKUs of the customer's recent purchases, one per sale line
 * @param inStock the asked SKUs the stock policy lets the till offer in the store
 * @param demotedStock those of them offered although their count is stale or missing: ranked lower
 */
public record TillContext(
    Long storeId,
    String profile,
    List<String> purchased,
    Set<String> inStock,
    Set<String> demotedStock) {

  public TillContext {
    purchased = List.copyOf(purchased);
    inStock = Set.copyOf(inStock);
    demotedStock = Set.copyOf(demotedStock);
  }

  /** A context whose offered stock is all fresh. */
  public TillContext(Long storeId, String profile, List<String> purchased, Set<String> inStock) {
    this(storeId, profile, purchased, inStock, Set.of());
  }
}
