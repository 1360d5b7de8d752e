package io.vitrine.tenant.common.embedding;

import java.util.List;

/**
 * Turns text into a vector for semantic search. What is indexed and what is asked must go through
 * the same model, so there is one embedder in the service.
 */
public interface TextEmbedder {

  /** The model's name, recorded beside what it embedded. */
  String model();

  /** The length of every vector this embedder makes. */
  int dimension();

  /** Unit-length vector of one text. */
  float[] embed(String text);

  /** Unit-length vectors of several texts, in their order. */
  List<float[]> embedAll(List<String> texts);
}
