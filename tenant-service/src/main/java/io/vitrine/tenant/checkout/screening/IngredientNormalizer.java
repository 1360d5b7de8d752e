package io.vitrine.tenant.checkout.screening;

/**
 * Turns an ingredient name as written (a label, a profile, a POS payload) into the canonical INCI
 * name that products carry. Screening matches only canonical names, so a better normaliser (INCI
 * synonyms, spelling variants) plugs in here without touching the matching.
 */
public interface IngredientNormalizer {

  String canonical(String ingredient);
}
