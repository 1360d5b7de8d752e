package io.vitrine.tenant.copilot;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses a BM25 and a k-NN result list into one ranking, as OpenSearch's normalization processor
 * does for a hybrid query ({@code min_max} then {@code arithmetic_mean} with weights): each list's
 * scores are scaled to 0..1 by its own minimum and maximum, and an item's fused score is the
 * weighted sum over the lists, 0 where a list did not return it. BM25 and cosine scores are on
 * different scales; normalising each list makes them commensurable.
 */
final class ScoreFusion {

  private ScoreFusion() {}

  static List<Source> minMax(List<Source> lexical, List<Source> vector, double lexicalWeight) {
    var fused = new LinkedHashMap<String, Source>();
    var scores = new LinkedHashMap<String, Double>();
    add(normalised(lexical), lexicalWeight, fused, scores);
    add(normalised(vector), 1 - lexicalWeight, fused, scores);
    return ranked(fused, scores);
  }

  /**
   * Reciprocal rank fusion (Cormack et al., 2009): {@code sum 1 / (k + rank)}; needs no score scale
   * at all. Measured beside min-max in {@code make bench-copilot}.
   */
  static List<Source> reciprocalRank(List<Source> lexical, List<Source> vector, int k) {
    var fused = new LinkedHashMap<String, Source>();
    var scores = new LinkedHashMap<String, Double>();
    for (List<Source> list : List.of(lexical, vector)) {
      for (int rank = 0; rank < list.size(); rank++) {
        Source source = list.get(rank);
        fused.putIfAbsent(source.id(), source);
        scores.merge(source.id(), 1.0 / (k + rank + 1), Double::sum);
      }
    }
    return ranked(fused, scores);
  }

  static List<Source> normalised(List<Source> list) {
    if (list.isEmpty()) {
      return list;
    }
    double min = list.stream().mapToDouble(Source::score).min().orElseThrow();
    double max = list.stream().mapToDouble(Source::score).max().orElseThrow();
    double range = max - min;
    // A single hit, or equal scores, all count fully: they are the best the list found.
    return list.stream()
        .map(source -> source.withScore(range == 0 ? 1.0 : (source.score() - min) / range))
        .toList();
  }

  private static void add(
      List<Source> list, double weight, Map<String, Source> fused, Map<String, Double> scores) {
    for (Source source : list) {
      fused.putIfAbsent(source.id(), source);
      scores.merge(source.id(), weight * source.score(), Double::sum);
    }
  }

  private static List<Source> ranked(Map<String, Source> fused, Map<String, Double> scores) {
    return fused.values().stream()
        .map(source -> source.withScore(scores.get(source.id())))
        .sorted(Comparator.comparingDouble(Source::score).reversed())
        .toList();
  }
}
