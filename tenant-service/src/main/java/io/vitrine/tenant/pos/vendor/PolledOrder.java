package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An order or sale read by the reconciliation poll, to be enqueued as an event.
 *
 * @param dedupKey the event's dedup key: the same order at the same version always gets the same
 *     key, so polling it twice (or polling what a webhook already brought) adds nothing
 * @param position where it stands in the vendor's order of changes (a timestamp in milliseconds or
 *     a version): the largest becomes the next watermark
 * @param body the vendor's order object, as the worker normalises it
 */
public record PolledOrder(String dedupKey, long position, JsonNode body) {}
