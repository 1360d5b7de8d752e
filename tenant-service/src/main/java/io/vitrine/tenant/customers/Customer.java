package io.vitrine.tenant.customers;

/** A customer known only by a pseudonym: a profile and the consents that govern its use. */
public record Customer(long id, String pseudonym, CustomerProfile profile, Consents consents) {}
