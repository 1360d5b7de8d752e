/**
 * Whether the retailer's POS API accepts the credentials the platform team gave ({@code
 * /v1/admin/pos/connection-test}), for onboarding.
 */
package io.vitrine.tenant.pos.connection;
