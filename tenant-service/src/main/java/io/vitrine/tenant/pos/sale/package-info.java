/**
 * Sales as the POS completed them ({@code sales}, {@code sale_lines}), written by version with the
 * customer as a pseudonym only, and what follows each stored sale in the other features: its
 * follow-ups ({@code sale_follow_ups}), recorded in the sale's transaction and run from the
 * database by any replica.
 */
package io.vitrine.tenant.pos.sale;
