/**
 * POS webhooks ({@code /v1/webhooks/{shopify,square,lightspeed,clover}}): each delivery verified by
 * its vendor's signature over the raw body and stored durably in {@code webhook_events} before the
 * 200, deduplicated; concurrent deliveries share one insert and one commit.
 */
package io.vitrine.tenant.pos.webhook;
