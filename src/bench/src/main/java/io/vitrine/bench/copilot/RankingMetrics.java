package io.vitrine.bench.copilot;

import java.util.List;
import java.util.Set;

/**
 * Binary-relevance ranking metrics of one ranked list of section keys (duplicates removed, best
 * first): recall@k, nDCG@k and reciprocal rank within k.
 */
final class RankingMetrics {

  private RankingMetrics() {}

  static double recall(List<String> ranked, Set<String> relevant, int k) {
    long found = ranked.stream().limit(k).filter(relevant::contains).count();
    return (double) found / relevant.size();
  }

  static double ndcg(List<String> ranked, Set<String> relevant, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return dcg / ideal;
  }

  static double reciprocalRank(List<String> ranked, Set<String> relevant, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
