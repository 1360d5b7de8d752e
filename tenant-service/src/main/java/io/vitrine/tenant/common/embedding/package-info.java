/**
 * Text embeddings computed in process ({@link io.vitrine.tenant.common.embedding.TextEmbedder}):
 * the knowledge base, the catalog index and the copilot's questions share one model.
 */
package io.vitrine.tenant.common.embedding;
