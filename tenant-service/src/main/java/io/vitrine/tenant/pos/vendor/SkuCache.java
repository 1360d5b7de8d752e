package io.vitrine.tenant.pos.vendor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vitrine.tenant.pos.PosProvider;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A vendor's items' SKUs, for an hour: each lookup is an API call, and SKUs seldom change. An item
 * without a SKU (or unknown to the vendor) is remembered as such.
 */
final class SkuCache {

  private final Cache<String, Optional<String>> skus =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofHours(1)).build();

  /** The counts by SKU, fetching the SKUs of the items not cached; see {@link VendorCounts}. */
  VendorCounts bySku(
      PosProvider provider,
      List<ItemCount> counts,
      Function<Set<String>, Map<String, String>> fetch) {
    Set<String> items = counts.stream().map(ItemCount::itemRef).collect(Collectors.toSet());
    Map<String, Optional<String>> known = items.isEmpty() ? Map.of() : of(items, fetch);
    return VendorCounts.bySku(provider, counts, known);
  }

  /**
   * The SKU of each item, fetching the ones not cached.
   *
   * @param fetch the SKUs the vendor gives for the items asked (those without are left out)
   */
  Map<String, Optional<String>> of(
      Collection<String> itemRefs, Function<Set<String>, Map<String, String>> fetch) {
    return skus.getAll(
        itemRefs,
        missing -> {
          Map<String, String> found = fetch.apply(Set.copyOf(missing));
          var answers = new HashMap<String, Optional<String>>();
          for (String ref : missing) {
            answers.put(
                ref,
                Optional.ofNullable(found.get(ref))
                    .filter(sku -> !sku.isBlank())
                    .map(String::strip));
          }
          return answers;
        });
  }
}
