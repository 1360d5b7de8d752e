package io.vitrine.tenant.assets;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Computes an asset's coverage from its warranty rule, its chain of custody and its extensions:
 * coverage starts at the first sale (or receipt), runs for the rule's months plus every extension
 * (a sold protection plan), is lengthened or restarted by a repair under warranty as the rule says,
 * and ends at a change of owner when the warranty is not transferable. Dates are UTC days.
 */
final class WarrantyCoverage {

  private WarrantyCoverage() {}

  static WarrantyStatus of(
      WarrantyRule rule, List<CustodyEvent> chain, int extensionMonths, LocalDate today) {
    if (rule == null || rule.months() == 0 && extensionMonths == 0) {
      return new WarrantyStatus(rule, null, null, false, 0, "NO_WARRANTY");
    }
    CustodyEvent start = start(rule, chain);
    if (start == null) {
      return new WarrantyStatus(rule, null, null, false, 0, "NOT_STARTED");
    }
    LocalDate startsOn = day(start);
    LocalDate endsOn = startsOn.plusMonths(rule.months() + (long) extensionMonths);
    String voidReason = null;
    for (CustodyEvent event : chain) {
      if (event.id() <= start.id() || day(event).isAfter(endsOn)) {
        continue;
      }
      if (event.kind() == AssetEventKind.SERVICED && underWarranty(event)) {
        endsOn = afterRepair(rule, endsOn, day(event));
      } else if (changesOwner(event) && !rule.transferable()) {
        endsOn = day(event);
        voidReason = "NOT_TRANSFERABLE";
        break;
      }
    }
    long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, endsOn));
    boolean covered = voidReason == null && daysLeft > 0;
    String reason = covered ? null : voidReason == null ? "EXPIRED" : voidReason;
    return new WarrantyStatus(rule, startsOn, endsOn, covered, covered ? daysLeft : 0, reason);
  }

  private static CustodyEvent start(WarrantyRule rule, List<CustodyEvent> chain) {
    CustodyEvent firstSale = first(chain, AssetEventKind.SOLD);
    if (rule.startBasis() == WarrantyRule.StartBasis.RECEIVED) {
      CustodyEvent received = first(chain, AssetEventKind.RECEIVED);
      return received != null ? received : firstSale;
    }
    return firstSale;
  }

  private static CustodyEvent first(List<CustodyEvent> chain, AssetEventKind kind) {
    return chain.stream().filter(event -> event.kind() == kind).findFirst().orElse(null);
  }

  private static boolean changesOwner(CustodyEvent event) {
    return event.kind() == AssetEventKind.RESOLD || event.kind() == AssetEventKind.TRANSFERRED;
  }

  private static boolean underWarranty(CustodyEvent event) {
    return Boolean.TRUE.equals(event.details().get("underWarranty"));
  }

  private static LocalDate afterRepair(WarrantyRule rule, LocalDate endsOn, LocalDate repairedOn) {
    return switch (rule.repairPolicy()) {
      case NONE -> endsOn;
      case EXTEND -> endsOn.plusMonths(rule.repairExtensionMonths());
      case RESTART -> {
        LocalDate restarted = repairedOn.plusMonths(rule.months());
        yield restarted.isAfter(endsOn) ? restarted : endsOn;
      }
    };
  }

  private static LocalDate day(CustodyEvent event) {
    return event.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
