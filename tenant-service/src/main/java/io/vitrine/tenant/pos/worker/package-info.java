/**
 * Turns stored POS events into sales, asynchronously from their acknowledgement: leases due events,
 * fetches what the notification does not carry, applies each sale by version, retries with backoff.
 */
package io.vitrine.tenant.pos.worker;
