package io.vitrine.tenant.common.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-process model from the LangChain4j jar: no network, 384 unit-length dimensions. */
class MiniLmEmbedderTest {

  private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();

  @Test
  void vectorsHaveTheModelsDimensionAndUnitLength() {
    float[] vector = EMBEDDER.embed("How often should a watch be serviced?");

    assertThat(vector).hasSize(EMBEDDER.dimension()).hasSize(384);
    assertThat(norm(vector)).isCloseTo(1.0, within(1e-3));
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedText() {
    List<float[]> vectors =
        EMBEDDER.embedAll(
            List.of(
                "Can I bring back an opened lipstick?",
                "Returns of used or opened cosmetics are accepted within 30 days.",
                "Rinse the watch in fresh water after swimming in the sea."));

    assertThat(cosine(vectors.get(0), vectors.get(1)))
        .isGreaterThan(cosine(vectors.get(0), vectors.get(2)));
  }

  @Test
  void embedAllKeepsTheOrderOfItsTexts() {
    List<String> texts = List.of("lip balm", "diving watch", "perfume");

    List<float[]> batch = EMBEDDER.embedAll(texts);

    for (int i = 0; i < texts.size(); i++) {
      assertThat(cosine(batch.get(i), EMBEDDER.embed(texts.get(i)))).isCloseTo(1.0, within(1e-4));
    }
  }

  private static double norm(float[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static double cosine(float[] a, float[] b) {
    return dot(a, b) / (norm(a) * norm(b));
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
