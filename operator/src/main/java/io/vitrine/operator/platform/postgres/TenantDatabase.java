package io.vitrine.operator.platform.postgres;

/**
 * A tenant's schema and login role as found in PostgreSQL.
 *
 * @param passwordFingerprint what {@link PostgresTenants#fingerprint} gave for the password last
 *     set by Vitrine, or {@code null} when the role carries none
 */
public record TenantDatabase(String schema, String role, String passwordFingerprint) {}
