package io.vitrine.tenant.ai;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who wrote a text: the tenant's model, or the feature's deterministic fallback. */
public enum GeneratedBy {
  MODEL,
  FALLBACK;

  /** {@code model} or {@code fallback}, as answers and the audit say it. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
