package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

/**
 * The tenant's language model: an OpenAI-compatible endpoint. Without it every AI feature uses its
 * deterministic fallback and says so.
 */
@ValidationRule(
    value =
        "self.baseUrl.startsWith('https://') || self.baseUrl.matches("
            + "'^http://(localhost|127\\\\.0\\\\.0\\\\.1|[a-z0-9.-]+\\\\.svc(\\\\.cluster\\\\.local)?)"
            + "(:[0-9]+)?(/.*)?$')",
    message = "ai.baseUrl must be an https:// URL (http:// only for an in-cluster service, *.svc)")
public class AiSpec {

  @Required
  @Pattern("^https?://[^\\s]+$")
  @JsonPropertyDescription(
      "Base URL of the OpenAI-compatible API, up to and including its version, e.g."
          + " https://api.openai.com/v1 or http://llama.models.svc:8080/v1 (the chat completions"
          + " endpoint is {baseUrl}/chat/completions). Requests ask the endpoint not to store them"
          + " (store: false) and carry no personal data.")
  private String baseUrl;

  @Required
  @Size(min = 1, max = 200)
  @JsonPropertyDescription("The model the endpoint serves, as its API names it, e.g. gpt-4o-mini.")
  private String model;

  @JsonPropertyDescription(
      "Secret holding the endpoint's API key under key 'apiKey'; copied into the tenant's"
          + " namespace. Omit it for an endpoint that takes no key (a local llama-server).")
  private SecretReference apiKeySecretRef;

  @Default("30")
  @Min(1)
  @Max(300)
  @JsonPropertyDescription(
      "The longest one call to the endpoint may take, in seconds; each feature also has its own"
          + " deadline, after which it uses its fallback.")
  private int timeoutSeconds = 30;

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public SecretReference getApiKeySecretRef() {
    return apiKeySecretRef;
  }

  public void setApiKeySecretRef(SecretReference apiKeySecretRef) {
    this.apiKeySecretRef = apiKeySecretRef;
  }

  public int getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public void setTimeoutSeconds(int timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }
}
