package io.vitrine.tenant.checkout.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The cart's lines that conflict with the customer's allergies or avoid-list. When the feature is
 * off for the store, {@code enabled} is false and nothing else is set.
 *
 * @param screeningId the id to override an alert with
 * @param unscreened SKUs whose ingredients could not be checked: unknown to the catalog or, for a
 *     customer with allergies or an avoid-list, without a readable ingredient list. Never safe.
 * @param unscreenedReasons the same lines, each with why it could not be screened
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScreenResponse(
    boolean enabled,
    String feature,
    String screeningId,
    List<Alert> alerts,
    List<String> unscreened,
    List<Unscreened> unscreenedReasons) {

  public static ScreenResponse off(String feature) {
    return new ScreenResponse(false, feature, null, List.of(), List.of(), List.of());
  }

  /**
   * A cart line screening could not vouch for.
   *
   * @param reason {@code unknown-product}, {@code no-ingredient-list} or {@code
   *     unreadable-ingredient}
   * @param detail what an associate reads: which item could not be read
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Unscreened(String sku, String reason, String detail) {}

  /** A conflicting line: what in it must be avoided, and safe products to offer instead. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Alert(
      String sku, String name, List<Ingredient> ingredients, List<Alternative> alternatives) {}

  /**
   * @param avoided the profile entry it matches: a group such as {@code fragrance}, or itself
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Ingredient(String ingredient, String avoided) {}

  /** A safe, in-stock product of the same category. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Alternative(String sku, String name) {}
}
