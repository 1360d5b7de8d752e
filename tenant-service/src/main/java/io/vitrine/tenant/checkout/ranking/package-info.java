/**
 * The ranking of complementary products as a pure function of its input: no database, no clock, no
 * randomness; every score carries the evidence behind it.
 */
package io.vitrine.tenant.checkout.ranking;
