package io.vitrine.tenant.flags;

import io.vitrine.api.config.TenantServiceProperties;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether each feature is on while no StoreRollout governs it, from the RetailerIntegration's
 * {@code tenantService.featureDefaults} ({@code VITRINE_FEATURE_DEFAULTS}, e.g. {@code
 * allergy-screening=true,copilot=false}); a feature not listed follows the fallback.
 */
final class FeatureDefaults {

  private final Map<Feature, Boolean> listed;
  private final boolean fallback;

  private FeatureDefaults(Map<Feature, Boolean> listed, boolean fallback) {
    this.listed = listed;
    this.fallback = fallback;
  }

  /**
   * @throws IllegalArgumentException naming the entry, when one is not {@code feature=true|false}
   *     for a known feature (the CRD refuses those, so this is a misconfigured environment)
   */
  static FeatureDefaults parse(Optional<String> setting, boolean fallback) {
    var listed = new EnumMap<Feature, Boolean>(Feature.class);
    for (String entry : setting.orElse("").split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] parts = entry.strip().split("=", 2);
      Feature feature =
          Feature.fromKey(parts[0].strip())
              .orElseThrow(() -> invalid(entry, "the feature is unknown"));
      if (parts.length != 2 || !parts[1].strip().matches("true|false")) {
        throw invalid(entry, "the value must be true or false");
      }
      listed.put(feature, Boolean.parseBoolean(parts[1].strip()));
    }
    return new FeatureDefaults(listed, fallback);
  }

  boolean enabled(Feature feature) {
    return listed.getOrDefault(feature, fallback);
  }

  private static IllegalArgumentException invalid(String entry, String why) {
    return new IllegalArgumentException(
        TenantServiceProperties.FEATURE_DEFAULTS
            + " entry '"
            + entry.strip()
            + "' is invalid: "
            + why);
  }
}
