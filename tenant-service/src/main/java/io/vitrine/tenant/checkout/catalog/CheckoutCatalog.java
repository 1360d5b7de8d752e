package io.vitrine.tenant.checkout.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.vitrine.tenant.checkout.CheckoutConfig;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.screening.IngredientNormalizer;
import io.vitrine.tenant.ingredients.AllergenGroups;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant's products in memory, so that ranking and screening never query the catalog: loaded in
 * full once, then products changed since the last load are merged in. Removed products stay until
 * the next restart; they have no stock, so they are never suggested.
 */
@ApplicationScoped
public class CheckoutCatalog {

  private final AgroalDataSource dataSource;
  private final CoPurchaseIndex coPurchases;
  private final CheckoutConfig config;
  private final IngredientNormalizer normalizer;
  private final Set<String> fragrance;

  /** How long best sellers ranked from sales counts are kept while no product changes. */
  static final Duration RANKING_KEPT = Duration.ofMinutes(10);

  private final ObjectMapper json = new ObjectMapper();
  private volatile CatalogSnapshot snapshot = CatalogSnapshot.EMPTY;
  private Instant loadedUpTo = Instant.EPOCH;
  private Instant rankedAt = Instant.EPOCH;

  public CheckoutCatalog(
      AgroalDataSource dataSource,
      CoPurchaseIndex coPurchases,
      CheckoutConfig config,
      IngredientNormalizer normalizer,
      AllergenGroups groups) {
    this.dataSource = dataSource;
    this.coPurchases = coPurchases;
    this.config = config;
    this.normalizer = normalizer;
    this.fragrance = groups.inci("fragrance");
  }

  public CatalogSnapshot snapshot() {
    return snapshot;
  }

  /**
   * Merges products changed since the last refresh and ranks best sellers again when any changed or
   * the last ranking is older than {@link #RANKING_KEPT}. Blocking: call off the event loop.
   */
  public synchronized void refresh() {
    Map<String, CheckoutProduct> changed = changedSince(loadedUpTo);
    Instant now = Instant.now();
    if (changed.isEmpty() && rankedAt.plus(RANKING_KEPT).isAfter(now)) {
      // Copying and ranking 50k products every refresh made a CPU and garbage spike that tills
      // felt as tail latency; a quiet catalog keeps its snapshot.
      return;
    }
    var products = new HashMap<>(snapshot.products());
    products.putAll(changed);
    snapshot = new CatalogSnapshot(Map.copyOf(products), bestSellers(products));
    rankedAt = now;
  }

  private Map<String, CheckoutProduct> changedSince(Instant since) {
    var products = new HashMap<String, CheckoutProduct>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select sku, name, brand, category, inci, attributes::text, updated_at"
                    + " from products where updated_at > ?")) {
      statement.setTimestamp(1, Timestamp.from(since));
      statement.setFetchSize(5_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          CheckoutProduct product = product(rows);
          products.put(product.sku(), product);
          Instant updated = rows.getTimestamp(7).toInstant();
          if (updated.isAfter(loadedUpTo)) {
            loadedUpTo = updated;
          }
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("products cannot be read: " + e.getMessage(), e);
    }
    return products;
  }

  private CheckoutProduct product(ResultSet rows) throws SQLException, IOException {
    Array array = rows.getArray(5);
    List<String> inci =
        array == null
            ? List.of()
            : Arrays.stream((String[]) array.getArray()).map(normalizer::canonical).toList();
    JsonNode attributes = json.readTree(rows.getString(6));
    String category = rows.getString(4);
    return new CheckoutProduct(
        rows.getString(1),
        rows.getString(2),
        rows.getString(3),
        category == null ? null : category.trim().toLowerCase(Locale.ROOT),
        inci,
        inci.stream().noneMatch(fragrance::contains),
        skinTypes(attributes),
        attributes.path("promotion_excluded").asBoolean(false));
  }

  private static Set<String> skinTypes(JsonNode attributes) {
    var types = new HashSet<String>();
    attributes
        .path("skin_types")
        .forEach(type -> types.add(type.asText().toLowerCase(Locale.ROOT)));
    return types;
  }

  private Map<String, List<String>> bestSellers(Map<String, CheckoutProduct> products) {
    Comparator<CheckoutProduct> bySales =
        Comparator.comparingInt((CheckoutProduct product) -> coPurchases.sales(product.sku()))
            .reversed()
            .thenComparing(CheckoutProduct::sku);
    return products.values().stream()
        .filter(product -> product.category() != null)
        .collect(Collectors.groupingBy(CheckoutProduct::category))
        .entrySet()
        .stream()
        .collect(
            Collectors.toUnmodifiableMap(
                Map.Entry::getKey,
                entry ->
                    entry.getValue().stream()
                        .sorted(bySales)
                        .limit(config.bestSellersPerCategory())
                        .map(CheckoutProduct::sku)
                        .toList()));
  }
}
