package io.vitrine.tenant.copilot;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the copilot retrieves ({@code vitrine.copilot.*}). */
@ConfigMapping(prefix = "vitrine.copilot")
public interface CopilotConfig {

  /** Hits each method (BM25, k-NN) contributes to the fusion. */
  @WithDefault("50")
  int candidates();

  /** Retrieved items an answer is built from and cites. */
  @WithDefault("5")
  int sources();

  /**
   * The weight of BM25 in the fusion; k-NN has the rest. Tuned on the validation questions of
   * {@code make bench-copilot}.
   */
  @WithDefault("0.4")
  double lexicalWeight();

  /**
   * The cosine similarity below which the closest item is not relevant: the copilot then says it
   * found nothing. Chosen on the validation questions of {@code make bench-copilot}.
   */
  @WithDefault("0.35")
  double minSimilarity();

  /**
   * How long an associate waits for the model's wording of an answer; past it the answer keeps
   * Vitrine's wording (the generation is audited as a timeout).
   */
  @WithDefault("PT20S")
  Duration modelDeadline();
}
