package io.vitrine.tenant.ai;

import io.smallrye.mutiny.Uni;

/**
 * The one way a feature gets generated text: guarded, bounded in time, audited, and with the
 * feature's deterministic text whenever the model cannot or may not write it. The returned {@link
 * Generation} never fails because of the model; it fails only when the audit cannot be written.
 */
public interface ModelGateway {

  /** Whether the tenant has a model endpoint; without one every generation is the fallback. */
  boolean configured();

  Uni<Generation> generate(GenerationRequest request);
}
