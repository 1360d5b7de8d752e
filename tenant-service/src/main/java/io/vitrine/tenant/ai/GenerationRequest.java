package io.vitrine.tenant.ai;

import dev.langchain4j.service.Result;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a feature asks of {@link ModelGateway}.
 *
 * @param feature the feature's key, e.g. {@code post-purchase-messages}
 * @param actor who asked, as the audit log names actors (a subject id or {@code system:...})
 * @param source what the text is for
 * @param prompt the exact messages to send
 * @param personal values that must not appear in the prompt
 * @param citations the sources the prompt is grounded in (SKUs, document ids), computed by Vitrine
 * @param model calls the feature's AI service with the prompt; its {@code @Fallback} answers {@link
 *     ModelFallback#unanswered}
 * @param fallback the feature's deterministic text
 * @param deadline how long the feature waits for the model at most
 * @param maxChars the longest text the feature can use; a longer answer is not used
 */
public record GenerationRequest(
    String feature,
    String actor,
    GenerationSource source,
    Prompt prompt,
    PersonalValues personal,
    List<String> citations,
    Function<Prompt, Result<String>> model,
    Supplier<String> fallback,
    Duration deadline,
    int maxChars) {

  public GenerationRequest {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(personal, "personal");
    citations = List.copyOf(citations);
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(deadline, "deadline");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive");
    }
  }
}
