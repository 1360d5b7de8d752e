package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.checkout.catalog.CatalogSnapshot;
import io.vitrine.tenant.checkout.catalog.CheckoutProduct;
import io.vitrine.tenant.checkout.ranking.Shopper;
import io.vitrine.tenant.checkout.screening.AvoidList;
import io.vitrine.tenant.checkout.screening.IngredientNormalizer;
import io.vitrine.tenant.ingredients.AllergenGroups;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Shopper} ranking and screening use from the customer's stored profile, their
 * recent purchases and what the POS sent for this visit.
 *
 * <p>Profile keys read ({@code customers.profile}): {@code allergies} and {@code avoid} (lists of
 * group names or ingredients), {@code vegan} (boolean), {@code skin_type}, {@code
 * preferred_brands}; camelCase spellings are accepted too. A brand bought in at least {@link
 * #BRAND_HABIT} of the recent sale lines counts as preferred.
 */
@ApplicationScoped
public class ShopperProfiles {

  static final int BRAND_HABIT = 2;

  private final AllergenGroups groups;
  private final IngredientNormalizer normalizer;
  private final ObjectMapper json = new ObjectMapper();

  public ShopperProfiles(AllergenGroups groups, IngredientNormalizer normalizer) {
    this.groups = groups;
    this.normalizer = normalizer;
  }

  public Shopper shopper(TillContext context, SessionContext session, CatalogSnapshot catalog) {
    JsonNode profile = parse(context.profile());
    var avoid = new ArrayList<String>(session.allergiesOrEmpty());
    avoid.addAll(strings(profile, "allergies", "allergies"));
    avoid.addAll(strings(profile, "avoid", "avoid"));
    avoid.addAll(strings(profile, "avoid_list", "avoidList"));
    if (profile.path("vegan").asBoolean(false)) {
      avoid.add("vegan");
    }
    var brands = new HashSet<>(strings(profile, "preferred_brands", "preferredBrands"));
    brands.addAll(habitualBrands(context.purchased(), catalog));
    return new Shopper(
        AvoidList.of(avoid, groups, normalizer),
        skinType(session, profile),
        brands,
        session.loyaltyTier());
  }

  private static String skinType(SessionContext session, JsonNode profile) {
    String type =
        session.skinProfile() != null && session.skinProfile().type() != null
            ? session.skinProfile().type()
            : text(profile, "skin_type", "skinType");
    return type == null || type.isBlank() ? null : type.trim().toLowerCase(Locale.ROOT);
  }

  private static Set<String> habitualBrands(List<String> purchased, CatalogSnapshot catalog) {
    Map<String, Integer> counts = new HashMap<>();
    for (String sku : purchased) {
      CheckoutProduct product = catalog.products().get(sku);
      if (product != null && product.brand() != null) {
        counts.merge(product.brand(), 1, Integer::sum);
      }
    }
    var habitual = new HashSet<String>();
    counts.forEach(
        (brand, count) -> {
          if (count >= BRAND_HABIT) {
            habitual.add(brand);
          }
        });
    return habitual;
  }

  private JsonNode parse(String profile) {
    if (profile == null) {
      return json.createObjectNode();
    }
    try {
      return json.readTree(profile);
    } catch (IOException e) {
      return json.createObjectNode(); // jsonb from the database: valid JSON, but maybe not ours
    }
  }

  private static List<String> strings(JsonNode profile, String snake, String camel) {
    JsonNode node = profile.has(snake) ? profile.get(snake) : profile.path(camel);
    var values = new ArrayList<String>();
    node.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static String text(JsonNode profile, String snake, String camel) {
    JsonNode node = profile.has(snake) ? profile.get(snake) : profile.path(camel);
    return node.isTextual() ? node.asText() : null;
  }
}
