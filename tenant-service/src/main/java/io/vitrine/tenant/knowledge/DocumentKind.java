package io.vitrine.tenant.knowledge;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a knowledge document is, as the retailer files it; the copilot says whom to ask by it. */
public enum DocumentKind {
  CARE_GUIDE("care-guide"),
  PRODUCT_MANUAL("product-manual"),
  WARRANTY("warranty"),
  RETURN_POLICY("return-policy"),
  OTHER("other");

  private final String key;

  DocumentKind(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  public static Optional<DocumentKind> fromKey(String key) {
    return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
  }
}
