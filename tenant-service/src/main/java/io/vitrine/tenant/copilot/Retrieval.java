package io.vitrine.tenant.copilot;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What a retrieval found, best first, and how similar the closest item is to the question (cosine,
 * -1 to 1; -1 when vectors were not searched or found nothing).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Retrieval(RetrievalMode mode, List<Source> sources, double bestSimilarity) {

  public Retrieval {
    sources = List.copyOf(sources);
  }

  Retrieval top(int count) {
    return new Retrieval(mode, sources.stream().limit(count).toList(), bestSimilarity);
  }
}
