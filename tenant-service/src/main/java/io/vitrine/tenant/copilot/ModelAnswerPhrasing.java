package io.vitrine.tenant.copilot;

import io.vitrine.tenant.ai.Generation;
import io.vitrine.tenant.ai.GenerationRequest;
import io.vitrine.tenant.ai.GenerationSource;
import io.vitrine.tenant.ai.ModelEndpoint;
import io.vitrine.tenant.ai.ModelGateway;
import io.vitrine.tenant.ai.PersonalValues;
import io.vitrine.tenant.ai.Prompt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The copilot's answers worded by the tenant's model through {@link ModelGateway}: guarded, bounded
 * by {@code vitrine.copilot.model-deadline}, audited under the answer's id. Without a model
 * endpoint, or when the model fails, refuses or runs late, the generation falls back and the answer
 * keeps Vitrine's own wording (the gateway audits why).
 */
@ApplicationScoped
public class ModelAnswerPhrasing implements AnswerPhrasing {

  static final String AI_FEATURE = "copilot";

  private final ModelGateway gateway;
  private final CopilotAnswerModel model;
  private final String modelName;
  private final Duration deadline;

  @Inject
  public ModelAnswerPhrasing(
      ModelGateway gateway, CopilotAnswerModel model, Config config, CopilotConfig copilot) {
    this(gateway, model, ModelEndpoint.from(config).modelName(), copilot.modelDeadline());
  }

  ModelAnswerPhrasing(
      ModelGateway gateway, CopilotAnswerModel model, String modelName, Duration deadline) {
    this.gateway = gateway;
    this.model = model;
    this.modelName = modelName;
    this.deadline = deadline;
  }

  @Override
  public Optional<PhrasedAnswer> phrase(AnswerDraft draft) {
    Generation generation =
        gateway.generate(request(draft)).await().atMost(deadline.plusSeconds(5));
    return generation.byModel()
        ? Optional.of(new PhrasedAnswer(generation.text(), modelName))
        : Optional.empty();
  }

  private GenerationRequest request(AnswerDraft draft) {
    Prompt prompt = CopilotPrompt.of(draft);
    return new GenerationRequest(
        AI_FEATURE,
        draft.actor(),
        GenerationSource.request(draft.answerId()),
        prompt,
        PersonalValues.none(),
        draft.citations(),
        sent -> model.answer(sent.system(), sent.user()),
        draft::grounded,
        deadline,
        CopilotPrompt.MAX_CHARS);
  }
}
