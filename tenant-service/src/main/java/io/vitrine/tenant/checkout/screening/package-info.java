/**
 * Allergy and avoid-list screening at the till ({@code /v1/pos/screen}, {@code
 * /v1/pos/screenings/{id}/override}): every cart line that contains what the customer must avoid,
 * with safe in-stock alternatives. A screening that misses its deadline answers 503, never a
 * partial "no conflict".
 */
package io.vitrine.tenant.checkout.screening;
