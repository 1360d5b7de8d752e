package io.vitrine.tenant.copilot;

/**
 * How sources are retrieved: BM25 alone, vectors alone, or both fused by min-max normalisation
 * (what answers use). {@code RECIPROCAL_RANK} fuses the same two lists by rank only, for comparison
 * in {@code make bench-copilot}.
 */
public enum RetrievalMode {
  LEXICAL,
  VECTOR,
  HYBRID,
  RECIPROCAL_RANK
}
