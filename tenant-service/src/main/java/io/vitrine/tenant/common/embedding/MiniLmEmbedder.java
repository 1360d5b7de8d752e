package io.vitrine.tenant.common.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * all-MiniLM-L6-v2, quantized, run in process by ONNX Runtime from the jar LangChain4j publishes:
 * no network, no model server. The model is loaded on first use (about a second and 100 MB), so a
 * tenant that never uses the knowledge base or the copilot never pays for it.
 */
@ApplicationScoped
public class MiniLmEmbedder implements TextEmbedder {

  static final String MODEL = "all-minilm-l6-v2-q";
  static final int DIMENSION = 384;
  private static final Logger LOG = Logger.getLogger(MiniLmEmbedder.class);

  private volatile EmbeddingModel model;

  @Override
  public String model() {
    return MODEL;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embed(String text) {
    return loaded().embed(text).content().vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    return loaded().embedAll(segments).content().stream().map(Embedding::vector).toList();
  }

  private EmbeddingModel loaded() {
    EmbeddingModel current = model;
    if (current == null) {
      synchronized (this) {
        current = model;
        if (current == null) {
          long started = System.nanoTime();
          current = new AllMiniLmL6V2QuantizedEmbeddingModel();
          model = current;
          LOG.infof("%s loaded in %d ms", MODEL, (System.nanoTime() - started) / 1_000_000);
        }
      }
    }
    return current;
  }
}
