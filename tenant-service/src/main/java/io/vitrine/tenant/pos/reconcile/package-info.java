/**
 * The reconciliation poll: lists what changed at each vendor since a watermark ({@code
 * pos_watermarks}) and enqueues it under dedup keys, repairing missed webhooks; Lightspeed
 * R-Series' only feed.
 */
package io.vitrine.tenant.pos.reconcile;
