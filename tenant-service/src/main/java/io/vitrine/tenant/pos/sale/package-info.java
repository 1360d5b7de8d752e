/**
 * Sales as the POS completed them ({@code sales}, {@code sale_lines}), written by version with the
 * customer as a pseudonym only, and what follows each stored sale in the other features.
 */
package io.vitrine.tenant.pos.sale;
