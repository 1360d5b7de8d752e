package io.vitrine.tenant.loyalty;

import java.time.Instant;
import java.util.List;

/**
 * A member's loyalty standing, as {@code GET /v1/loyalty/{customerPseudonym}} answers it.
 *
 * @param nextTier the tier after the current one, null at the top
 */
public record LoyaltySummary(
    String program,
    long points,
    String tier,
    NextTier nextTier,
    List<LedgerEntry> recent,
    List<TierNotice> tierNotices) {

  /** The next tier and the points still needed to reach it. */
  public record NextTier(String name, long threshold, long pointsToGo) {}

  /** One accrual. */
  public record LedgerEntry(long saleId, AccrualRule rule, long points, Instant at) {}

  /** One tier upgrade. */
  public record TierNotice(long saleId, String fromTier, String toTier, Instant at) {}

  static LoyaltySummary of(
      String program,
      long points,
      String tier,
      TierLadder ladder,
      List<LoyaltyRepository.LedgerRow> ledger,
      List<LoyaltyRepository.NoticeRow> notices) {
    NextTier next =
        ladder
            .nextAfter(points)
            .map(found -> new NextTier(found.name(), found.threshold(), found.threshold() - points))
            .orElse(null);
    return new LoyaltySummary(
        program,
        points,
        tier,
        next,
        ledger.stream()
            .map(row -> new LedgerEntry(row.saleId(), row.rule(), row.points(), row.at()))
            .toList(),
        notices.stream()
            .map(row -> new TierNotice(row.saleId(), row.fromTier(), row.toTier(), row.at()))
            .toList());
  }
}
