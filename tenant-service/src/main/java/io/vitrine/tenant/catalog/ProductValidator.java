package io.vitrine.tenant.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.common.problem.FieldError;
import io.vitrine.tenant.ingredients.InciNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one raw row and turns it into a {@link Product}: every problem is reported with the field
 * it concerns, so that a row error report names them all at once. Columns it does not know become
 * string attributes.
 */
public final class ProductValidator {

  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[|;,]\\s*");
  private static final Set<String> KNOWN =
      Set.of(
          "sku",
          "name",
          "brand",
          "category",
          "price",
          "currency",
          "description",
          "ingredients",
          "inci",
          "skintypes",
          "concerns",
          "serialized",
          "shelflifemonths",
          "attributes");

  private final InciNormalizer inci;

  public ProductValidator(InciNormalizer inci) {
    this.inci = inci;
  }

  /** The product, or the errors that keep the row out. */
  public record Result(Product product, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  public Result validate(RawRow row) {
    var errors = new ArrayList<FieldError>();
    if (row.notAnObject()) {
      return new Result(null, List.of(new FieldError("row", "must be a JSON object")));
    }
    Map<String, JsonNode> f = row.fields();
    String sku = text(f, "sku", 64, true, errors);
    if (sku != null && !SKU.matcher(sku).matches()) {
      errors.add(new FieldError("sku", "must be 1 to 64 letters, digits or . _ : / -"));
    }
    String name = text(f, "name", 300, true, errors);
    String brand = text(f, "brand", 100, false, errors);
    String category = text(f, "category", 100, false, errors);
    BigDecimal price = price(f, errors);
    String currency = currency(f, price, errors);
    String description = text(f, "description", 5000, false, errors);
    List<String> ingredients = ingredients(f, errors);
    List<String> skinTypes = tags(f, "skintypes", "skinTypes", errors);
    List<String> concerns = tags(f, "concerns", "concerns", errors);
    boolean serialized = bool(f, errors);
    Integer shelfLife = shelfLife(f, errors);
    Map<String, String> attributes = attributes(f, errors);
    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    return new Result(
        new Product(
            sku,
            name,
            brand,
            category,
            price,
            currency,
            description,
            ingredients,
            skinTypes,
            concerns,
            serialized,
            shelfLife,
            attributes),
        List.of());
  }

  private static String text(
      Map<String, JsonNode> f, String key, int max, boolean required, List<FieldError> errors) {
    JsonNode node = f.get(key);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      if (required) {
        errors.add(new FieldError(key, "is required"));
      }
      return null;
    }
    if (!node.isValueNode()) {
      errors.add(new FieldError(key, "must be text"));
      return null;
    }
    String value = node.asText().strip();
    if (value.length() > max) {
      errors.add(new FieldError(key, "must be at most " + max + " characters"));
      return null;
    }
    return value;
  }

  private static BigDecimal price(Map<String, JsonNode> f, List<FieldError> errors) {
    JsonNode node = f.get("price");
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      BigDecimal price =
          node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().strip());
      if (price.signum() < 0 || price.scale() > 2 || price.precision() - price.scale() > 10) {
        errors.add(
            new FieldError("price", "must be a non-negative amount with at most 2 decimals"));
        return null;
      }
      return price;
    } catch (NumberFormatException e) {
      errors.add(new FieldError("price", "must be a number such as 42.50"));
      return null;
    }
  }

  private static String currency(
      Map<String, JsonNode> f, BigDecimal price, List<FieldError> errors) {
    JsonNode node = f.get("currency");
    String currency =
        node == null || node.isNull() ? null : node.asText().strip().toUpperCase(Locale.ROOT);
    if (currency != null && !CURRENCY.matcher(currency).matches()) {
      errors.add(new FieldError("currency", "must be an ISO 4217 code such as EUR"));
      return null;
    }
    if (price != null && currency == null) {
      errors.add(new FieldError("currency", "is required with a price"));
    }
    return currency;
  }

  private List<String> ingredients(Map<String, JsonNode> f, List<FieldError> errors) {
    JsonNode node = f.containsKey("ingredients") ? f.get("ingredients") : f.get("inci");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      return inci.split(node.asText());
    }
    if (node.isArray()) {
      var names = new ArrayList<String>();
      for (JsonNode each : node) {
        if (!each.isTextual()) {
          errors.add(new FieldError("ingredients", "must be a list of names or one label text"));
          return List.of();
        }
        names.add(each.asText());
      }
      return List.copyOf(inci.canonicalAll(names));
    }
    errors.add(new FieldError("ingredients", "must be a list of names or one label text"));
    return List.of();
  }

  /** Lower-case tags from a JSON array or a text separated by | ; or ,. */
  private static List<String> tags(
      Map<String, JsonNode> f, String key, String field, List<FieldError> errors) {
    JsonNode node = f.get(key);
    if (node == null || node.isNull()) {
      return List.of();
    }
    var values = new ArrayList<String>();
    if (node.isArray()) {
      node.forEach(each -> values.add(each.asText()));
    } else if (node.isTextual()) {
      values.addAll(List.of(LIST_SEPARATOR.split(node.asText().strip())));
    } else {
      errors.add(new FieldError(field, "must be a list of words"));
      return List.of();
    }
    var tags = new LinkedHashSet<String>();
    for (String value : values) {
      String tag = value.strip().toLowerCase(Locale.ROOT);
      if (tag.length() > 60) {
        errors.add(new FieldError(field, "each entry must be at most 60 characters"));
        return List.of();
      }
      if (!tag.isEmpty()) {
        tags.add(tag);
      }
    }
    return List.copyOf(tags);
  }

  private static boolean bool(Map<String, JsonNode> f, List<FieldError> errors) {
    JsonNode node = f.get("serialized");
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    String text = node.asText().strip().toLowerCase(Locale.ROOT);
    if (Set.of("true", "yes", "1").contains(text)) {
      return true;
    }
    if (Set.of("false", "no", "0").contains(text)) {
      return false;
    }
    errors.add(new FieldError("serialized", "must be true or false"));
    return false;
  }

  private static Integer shelfLife(Map<String, JsonNode> f, List<FieldError> errors) {
    JsonNode node = f.get("shelflifemonths");
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      int months = node.isInt() ? node.intValue() : Integer.parseInt(node.asText().strip());
      if (months > 0 && months <= 600) {
        return months;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError("shelfLifeMonths", "must be a whole number of months from 1 to 600"));
    return null;
  }

  /** Unknown columns and an {@code attributes} object, as text. */
  private static Map<String, String> attributes(Map<String, JsonNode> f, List<FieldError> errors) {
    var attributes = new LinkedHashMap<String, String>();
    JsonNode given = f.get("attributes");
    if (given != null && !given.isNull()) {
      if (!given.isObject()) {
        errors.add(new FieldError("attributes", "must be an object of text values"));
      } else {
        given.fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
      }
    }
    f.forEach(
        (key, value) -> {
          if (!KNOWN.contains(key) && value.isValueNode() && !value.isNull()) {
            attributes.put(key, value.asText());
          }
        });
    if (attributes.size() > 100) {
      errors.add(new FieldError("attributes", "at most 100 attributes"));
    }
    return attributes;
  }
}
