package io.vitrine.tenant.appointments;

/**
 * A service a store offers.
 *
 * @param capacity how many appointments of it the store serves at once
 */
public record ServiceType(long storeId, String code, int durationMinutes, int capacity) {}
