package io.vitrine.tenant.assets;

import java.time.LocalDate;

/**
 * The coverage of one asset on a day.
 *
 * @param startsOn null while coverage has not started (never sold, for a sale-based warranty)
 * @param endsOn null while coverage has not started, or when the product has no warranty
 * @param daysLeft days of coverage from the day asked, 0 once expired or void
 * @param reason why it is not covered ({@code NO_WARRANTY}, {@code NOT_STARTED}, {@code EXPIRED},
 *     {@code NOT_TRANSFERABLE}), null while covered
 */
public record WarrantyStatus(
    WarrantyRule rule,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean covered,
    long daysLeft,
    String reason) {}
