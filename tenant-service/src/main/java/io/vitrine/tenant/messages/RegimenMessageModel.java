package io.vitrine.tenant.messages;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import io.quarkiverse.langchain4j.RegisterAiService;
import io.vitrine.tenant.ai.ModelFallback;
import io.vitrine.tenant.ai.PromptRefusedException;
import io.vitrine.tenant.ai.TenantChatModel;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The tenant's model phrasing a post-purchase regimen message from its deterministic plan ({@link
 * RegimenPrompt}). Called only through {@link io.vitrine.tenant.ai.ModelGateway}, which guards,
 * bounds and audits it; a failure, a timeout or an open circuit answers {@link
 * ModelFallback#unanswered} and the draft is the template's. No memory: each draft stands alone.
 */
@RegisterAiService(
    chatLanguageModelSupplier = TenantChatModel.class,
    chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface RegimenMessageModel {

  @SystemMessage("{system}")
  @UserMessage("{user}")
  @Timeout(value = 45, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 60,
      delayUnit = ChronoUnit.SECONDS,
      skipOn = PromptRefusedException.class)
  @Fallback(fallbackMethod = "unanswered")
  Result<String> phrase(@V("system") String system, @V("user") String user);

  /**
   * No text, and why: the gateway then uses the template and audits the reason. Raw, because the
   * implementation quarkus-langchain4j generates returns the raw type and SmallRye Fault Tolerance
   * matches the fallback's return type exactly.
   */
  @SuppressWarnings("rawtypes")
  default Result unanswered(String system, String user, Throwable failure) {
    return ModelFallback.unanswered(failure);
  }
}
