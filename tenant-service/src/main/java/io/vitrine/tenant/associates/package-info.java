/**
 * Store staff as users of the tenant's Keycloak realm ({@code /v1/admin/associates}): invitations
 * without passwords, role grants within what the caller may grant, disabling. Owns no table: the
 * realm is the record, reached through its admin API with the tenant's service client.
 */
package io.vitrine.tenant.associates;
