package io.vitrine.tenant.copilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFusionTest {

  @Test
  void eachListIsScaledToZeroToOneBeforeTheWeightedSum() {
    List<Source> lexical = List.of(product("a", 12.0), product("b", 7.0), product("c", 2.0));
    List<Source> vector = List.of(product("c", 0.91), product("d", 0.71));

    List<Source> fused = ScoreFusion.minMax(lexical, vector, 0.4);

    // a: 0.4 * 1; b: 0.4 * 0.5; c: 0.4 * 0 + 0.6 * 1; d: 0.6 * 0
    assertThat(fused).extracting(Source::id).containsExactly("c", "a", "b", "d");
    assertThat(fused.get(0).score()).isCloseTo(0.6, within(1e-9));
    assertThat(fused.get(1).score()).isCloseTo(0.4, within(1e-9));
    assertThat(fused.get(2).score()).isCloseTo(0.2, within(1e-9));
    assertThat(fused.get(3).score()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void anItemBothMethodsFindBeatsOneOnlyOneFindsBest() {
    List<Source> lexical = List.of(product("only-bm25", 30.0), product("both", 25.0), x(5.0));
    List<Source> vector = List.of(product("only-knn", 0.9), product("both", 0.88), y(0.5));

    assertThat(ScoreFusion.minMax(lexical, vector, 0.5).get(0).id()).isEqualTo("both");
  }

  @Test
  void aSingleHitCountsFullyAndAnEmptyListAddsNothing() {
    List<Source> fused = ScoreFusion.minMax(List.of(), List.of(product("only", 0.6)), 0.4);

    assertThat(fused).singleElement().extracting(Source::score).isEqualTo(0.6);
  }

  @Test
  void reciprocalRankFusionNeedsNoScoreScale() {
    List<Source> lexical = List.of(product("a", 1000.0), product("b", 999.0));
    List<Source> vector = List.of(product("b", 0.1), product("c", 0.05));

    assertThat(ScoreFusion.reciprocalRank(lexical, vector, 60))
        .extracting(Source::id)
        .containsExactly("b", "a", "c");
  }

  private static Source x(double score) {
    return product("x", score);
  }

  private static Source y(double score) {
    return product("y", score);
  }

  static Source product(String sku, double score) {
    return new Source(sku, Source.PRODUCT, sku, null, null, null, null, null, sku, null, score);
  }
}
