package io.vitrine.tenant.copilot;

/** How sources are retrieved: BM25 alone, vectors alone, or both fused (what answers use). */
public enum RetrievalMode {
  LEXICAL,
  VECTOR,
  HYBRID
}
