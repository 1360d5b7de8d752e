package io.vitrine.tenant.ai;

import static io.vitrine.api.config.TenantServiceProperties.AI_API_KEY;
import static io.vitrine.api.config.TenantServiceProperties.AI_BASE_URL;
import static io.vitrine.api.config.TenantServiceProperties.AI_ENABLED;
import static io.vitrine.api.config.TenantServiceProperties.AI_MODEL_NAME;
import static io.vitrine.api.config.TenantServiceProperties.AI_TIMEOUT;

import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The tenant's model endpoint as the operator configures it from {@code spec.ai}, under
 * quarkus-langchain4j-openai's own property names ({@code TenantServiceProperties.AI_*}); how many
 * tokens an answer may have and how creative it may be are {@code vitrine.ai.*}. Without {@code
 * enable-integration=true} and a base URL there is no endpoint and every feature falls back.
 *
 * @param apiKey empty for an endpoint that takes none (a local llama-server)
 */
public record ModelEndpoint(
    boolean enabled,
    String baseUrl,
    String modelName,
    Optional<String> apiKey,
    Duration timeout,
    int maxOutputTokens,
    double temperature) {

  /** What application.properties sets when the operator sets no key. */
  static final String NO_KEY = "not-configured";

  static final String MAX_OUTPUT_TOKENS = "vitrine.ai.max-output-tokens";
  static final String TEMPERATURE = "vitrine.ai.temperature";

  public static ModelEndpoint from(Config config) {
    Optional<String> baseUrl = config.getOptionalValue(AI_BASE_URL, String.class);
    boolean enabled =
        config.getOptionalValue(AI_ENABLED, Boolean.class).orElse(false) && baseUrl.isPresent();
    return new ModelEndpoint(
        enabled,
        baseUrl.orElse(""),
        config.getOptionalValue(AI_MODEL_NAME, String.class).orElse("unnamed"),
        config
            .getOptionalValue(AI_API_KEY, String.class)
            .filter(key -> !key.isBlank() && !key.equals(NO_KEY)),
        config.getOptionalValue(AI_TIMEOUT, Duration.class).orElse(Duration.ofSeconds(30)),
        config.getOptionalValue(MAX_OUTPUT_TOKENS, Integer.class).orElse(256),
        config.getOptionalValue(TEMPERATURE, Double.class).orElse(0.2));
  }

  /** The API key stays out of logs. */
  @Override
  public String toString() {
    return "ModelEndpoint[enabled="
        + enabled
        + ", baseUrl="
        + baseUrl
        + ", model="
        + modelName
        + ", apiKey="
        + (apiKey.isPresent() ? "(set)" : "(none)")
        + ", timeout="
        + timeout
        + "]";
  }
}
