package io.vitrine.tenant.loyalty;

import java.util.Map;

/** Points one rule grants for one sale, with what the rule based them on. */
public record Accrual(AccrualRule rule, long points, Map<String, Object> details) {

  public Accrual {
    details = Map.copyOf(details);
  }
}
