package io.vitrine.tenant.ai;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.DisabledChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The model every AI service of tenant-service uses ({@code @RegisterAiService(
 * chatLanguageModelSupplier = TenantChatModel.class)}): the tenant's OpenAI-compatible endpoint,
 * told not to store requests ({@code store: false}) and behind {@link GuardedChatModel}; or,
 * without an endpoint, langchain4j's disabled model, whose every call fails into the feature's
 * fallback.
 *
 * <p>Built here rather than by quarkus-langchain4j's configuration because that does not expose
 * {@code store}. Retries are left to the callers' fault tolerance: one attempt per call.
 */
public class TenantChatModel implements Supplier<ChatModel> {

  @Override
  public ChatModel get() {
    ModelEndpoint endpoint = ModelEndpoint.from(ConfigProvider.getConfig());
    return new GuardedChatModel(endpoint.enabled() ? openAi(endpoint) : new DisabledChatModel());
  }

  private static ChatModel openAi(ModelEndpoint endpoint) {
    var builder =
        OpenAiChatModel.builder()
            .baseUrl(endpoint.baseUrl())
            .apiKey(endpoint.apiKey().orElse(ModelEndpoint.NO_KEY))
            .modelName(endpoint.modelName())
            .timeout(endpoint.timeout())
            .maxRetries(0)
            .maxTokens(endpoint.maxOutputTokens())
            .temperature(endpoint.temperature())
            .store(false)
            .logRequests(false)
            .logResponses(false);
    return builder.build();
  }
}
