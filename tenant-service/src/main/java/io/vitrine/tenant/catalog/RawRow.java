package io.vitrine.tenant.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One product as the file gave it, before validation. {@code number} counts products from 1 in the
 * file's order (a CSV header line is not a product); field names are folded to lower case without
 * separators ({@code shelf_life_months} and {@code shelfLifeMonths} are both {@code
 * shelflifemonths}). {@code notAnObject} marks a JSON array element that is not an object.
 */
public record RawRow(int number, Map<String, JsonNode> fields, boolean notAnObject) {

  public RawRow(int number, Map<String, JsonNode> fields) {
    this(number, fields, false);
  }
}
