package io.vitrine.tenant.customers;

import java.time.Instant;

/**
 * What the customer agreed to. Without {@code personalization} the profile is kept (so it can be
 * shown and corrected) but never used to personalise recommendations or screening.
 */
public record Consents(boolean personalization, Instant personalizationChangedAt) {

  public static final Consents NONE = new Consents(false, null);
}
