package io.vitrine.tenant.flags;

import io.vitrine.api.config.TenantServiceProperties;
import io.vitrine.api.flags.FlagsDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The flags last published by the operator, one document per StoreRollout, each replaced atomically
 * when a newer revision arrives. A feature no rollout governs follows the retailer's feature
 * defaults ({@code vitrine.feature-defaults}), and when not listed there {@code
 * vitrine.features.ungoverned}: off in production, so nothing reaches associates unasked.
 */
@ApplicationScoped
public class PublishedFeatureFlags implements FeatureFlags {

  private final ConcurrentMap<String, FlagsDocument> byRollout = new ConcurrentHashMap<>();
  private final FeatureDefaults ungoverned;

  public PublishedFeatureFlags(
      @ConfigProperty(name = "vitrine.features.ungoverned", defaultValue = "disabled")
          UngovernedFeatures ungoverned,
      @ConfigProperty(name = TenantServiceProperties.FEATURE_DEFAULTS) Optional<String> defaults) {
    this.ungoverned = FeatureDefaults.parse(defaults, ungoverned == UngovernedFeatures.ENABLED);
  }

  @Override
  public boolean enabled(Feature feature, String storeId) {
    return governing(feature)
        .map(document -> document.features().get(feature.key()).includes(storeId))
        .orElseGet(() -> ungoverned.enabled(feature));
  }

  @Override
  public long revision(Feature feature) {
    return governing(feature).map(FlagsDocument::revision).orElse(0L);
  }

  /** Applies a rollout's newer revision; an older or equal one (a late event) is ignored. */
  public void publish(FlagsDocument document) {
    byRollout.merge(
        document.rollout(),
        document,
        (old, offered) -> offered.revision() > old.revision() ? offered : old);
  }

  /** Forgets a deleted rollout: its features become ungoverned. */
  public void withdraw(String rollout) {
    byRollout.remove(rollout);
  }

  private Optional<FlagsDocument> governing(Feature feature) {
    return byRollout.values().stream()
        .filter(document -> document.features().containsKey(feature.key()))
        .findFirst();
  }

  /** What a feature nobody governs does. */
  public enum UngovernedFeatures {
    ENABLED,
    DISABLED
  }
}
