package io.vitrine.tenant.copilot;

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
 * The tenant's model wording a copilot answer from the numbered sources Vitrine retrieved ({@link
 * CopilotPrompt}). Called only through {@link io.vitrine.tenant.ai.ModelGateway}, which guards,
 * bounds and audits it; a failure, a timeout or an open circuit answers {@link
 * ModelFallback#unanswered} and the answer keeps Vitrine's wording. No memory: each question stands
 * alone.
 */
@RegisterAiService(
    chatLanguageModelSupplier = TenantChatModel.class,
    chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface CopilotAnswerModel {

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
  Result<String> answer(@V("system") String system, @V("user") String user);

  /** No text, and why (raw: see {@code RegimenMessageModel#unanswered}). */
  @SuppressWarnings("rawtypes")
  default Result unanswered(String system, String user, Throwable failure) {
    return ModelFallback.unanswered(failure);
  }
}
