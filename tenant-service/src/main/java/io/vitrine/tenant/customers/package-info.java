/**
 * Pseudonymous customer profiles ({@code /v1/customers/{pseudonym}/profile}): allergies,
 * avoid-list, skin profile and consents. Owns the {@code customers} table; other features read a
 * profile only through {@link
 * io.vitrine.tenant.customers.CustomerProfileService#forPersonalization}, which gives nothing
 * without the customer's consent.
 */
package io.vitrine.tenant.customers;
