package io.vitrine.tenant.checkout;

import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.checkout.recommend.Suggestion;
import io.vitrine.tenant.checkout.screening.Screening;
import java.util.Objects;

/**
 * What one answer of the till leaves behind: the suggestion or the screening it stores, and its
 * audit row. Exactly one of {@code suggestion} and {@code screening} is set.
 */
public record TillAnswer(Suggestion suggestion, Screening screening, AuditRow audit) {

  public TillAnswer {
    Objects.requireNonNull(audit, "audit");
    if ((suggestion == null) == (screening == null)) {
      throw new IllegalArgumentException("an answer is a suggestion or a screening");
    }
  }

  public static TillAnswer of(Suggestion suggestion, AuditRow audit) {
    return new TillAnswer(suggestion, null, audit);
  }

  public static TillAnswer of(Screening screening, AuditRow audit) {
    return new TillAnswer(null, screening, audit);
  }
}
