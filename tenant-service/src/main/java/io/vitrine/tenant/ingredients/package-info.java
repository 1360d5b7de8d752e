/**
 * The INCI vocabulary: label ingredient lists split and normalised to canonical INCI names, and
 * allergen groups (fragrance, nuts, ...) as sets of those names. Pure and shared by catalog
 * validation and screening.
 */
package io.vitrine.tenant.ingredients;
