package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;

/** Field readers shared by the vendors' order shapes; a missing required field is malformed. */
final class VendorJson {

  private VendorJson() {}

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null || value.isBlank()) {
      throw new MalformedVendorDataException("the vendor's data lacks " + field);
    }
    return value;
  }

  static BigDecimal decimal(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null || value.isBlank()) {
      return BigDecimal.ZERO;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new MalformedVendorDataException(field + " is not a number");
    }
  }

  static Instant instant(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new MalformedVendorDataException("the vendor's data lacks " + field);
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (RuntimeException e) {
      throw new MalformedVendorDataException(field + " is not an ISO-8601 timestamp");
    }
  }

  /** An amount in the currency's minor unit (cents), as the decimal amount. */
  static BigDecimal fromMinorUnits(long amount, String currency) {
    int digits = 2;
    if (currency != null) {
      try {
        digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
      } catch (IllegalArgumentException e) {
        digits = 2;
      }
    }
    return BigDecimal.valueOf(amount, digits);
  }
}
