package io.vitrine.tenant.checkout.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.checkout.CheckoutConfig;
import io.vitrine.tenant.checkout.copurchase.CoPurchaseIndex;
import io.vitrine.tenant.checkout.screening.IngredientNormalizer;
import io.vitrine.tenant.common.db.ChangeCursor;
import io.vitrine.tenant.common.db.Cursors;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.ingredients.AllergenGroups;
import jakarta.enterprise.context.ApplicationScoped;
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
 * full once, then products written since the last load (by {@code products.changed_xid}, see {@link
 * ChangeCursor}: a transaction that commits late is still read) are merged in. Removed products
 * stay until the next restart; they have no stock, so they are never suggested.
 */
@ApplicationScoped
public class CheckoutCatalog {

  private static final int FETCH = 5_000;
  private static final Duration STATEMENT = Duration.ofSeconds(30);

  private final Database database;
  private final CoPurchaseIndex coPurchases;
  private final CheckoutConfig config;
  private final IngredientNormalizer normalizer;
  private final Set<String> fragrance;

  /** How long best sellers ranked from sales counts are kept while no product changes. */
  static final Duration RANKING_KEPT = Duration.ofMinutes(10);

  private final ObjectMapper json = new ObjectMapper();
  private volatile CatalogSnapshot snapshot = CatalogSnapshot.EMPTY;
  private final ChangeCursor changes = new ChangeCursor();
  private Instant rankedAt = Instant.EPOCH;

  public CheckoutCatalog(
      Database database,
      CoPurchaseIndex coPurchases,
      CheckoutConfig config,
      IngredientNormalizer normalizer,
      AllergenGroups groups) {
    this.database = database;
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
    long oldestRunning = ChangeCursor.oldestRunning(database.client()).await().atMost(STATEMENT);
    Map<String, CheckoutProduct> changed = changedSince(changes);
    changes.advanceTo(oldestRunning);
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

  /**
   * Every product at the first refresh; then those written by transactions from the oldest one
   * running at the previous refresh on (a product seen again merges as itself).
   */
  private Map<String, CheckoutProduct> changedSince(ChangeCursor cursor) {
    var products = new HashMap<String, CheckoutProduct>();
    String query =
        "select sku, name, brand, category, inci, attributes::text from products"
            + (cursor.started() ? " where changed_xid >= $1::text::xid8" : "");
    Tuple parameters = cursor.started() ? Tuple.of(cursor.from()) : Tuple.tuple();
    try {
      database
          .inTransaction(
              connection ->
                  Cursors.forEachFetch(
                      connection,
                      query,
                      parameters,
                      FETCH,
                      rows -> rows.forEach(row -> merge(row, products))))
          .await()
          .indefinitely();
    } catch (RuntimeException e) {
      throw new IllegalStateException("products cannot be read: " + e.getMessage(), e);
    }
    return products;
  }

  private void merge(Row row, Map<String, CheckoutProduct> products) {
    CheckoutProduct product = product(row);
    products.put(product.sku(), product);
  }

  private CheckoutProduct product(Row row) {
    String[] array = row.getArrayOfStrings(4);
    List<String> inci =
        array == null ? List.of() : Arrays.stream(array).map(normalizer::canonical).toList();
    JsonNode attributes = attributes(row.getString(5));
    String category = row.getString(3);
    return new CheckoutProduct(
        row.getString(0),
        row.getString(1),
        row.getString(2),
        category == null ? null : category.trim().toLowerCase(Locale.ROOT),
        inci,
        inci.stream().noneMatch(fragrance::contains),
        skinTypes(attributes),
        attributes.path("promotion_excluded").asBoolean(false));
  }

  private JsonNode attributes(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("products.attributes is not JSON", e);
    }
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
