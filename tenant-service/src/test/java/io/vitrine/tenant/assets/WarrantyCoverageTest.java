package io.vitrine.tenant.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coverage from a rule, the chain of custody and extensions. */
class WarrantyCoverageTest {

  private static final WarrantyRule FIVE_YEARS_TRANSFERABLE =
      new WarrantyRule(
          "HR-SUB-41", 60, WarrantyRule.StartBasis.SALE, true, WarrantyRule.RepairPolicy.NONE, 0);

  private final List<CustodyEvent> chain = new ArrayList<>();

  @Test
  void coverageRunsFromTheFirstSaleForItsMonthsPlusExtensions() {
    event(AssetEventKind.RECEIVED, "2025-12-01", Map.of());
    event(AssetEventKind.SOLD, "2026-01-15", Map.of());

    var status = WarrantyCoverage.of(FIVE_YEARS_TRANSFERABLE, chain, 24, day("2026-02-14"));

    assertThat(status.startsOn()).isEqualTo(day("2026-01-15"));
    assertThat(status.endsOn()).isEqualTo(day("2033-01-15"));
    assertThat(status.covered()).isTrue();
    assertThat(status.daysLeft()).isEqualTo(2527);
  }

  @Test
  void aWarrantyFromReceiptStartsWhenTheRetailerReceivedTheItem() {
    var fromReceipt =
        new WarrantyRule(
            "X", 12, WarrantyRule.StartBasis.RECEIVED, true, WarrantyRule.RepairPolicy.NONE, 0);
    event(AssetEventKind.RECEIVED, "2025-01-10", Map.of());
    event(AssetEventKind.SOLD, "2025-06-01", Map.of());

    var status = WarrantyCoverage.of(fromReceipt, chain, 0, day("2026-02-01"));

    assertThat(status.endsOn()).isEqualTo(day("2026-01-10"));
    assertThat(status.covered()).isFalse();
    assertThat(status.reason()).isEqualTo("EXPIRED");
  }

  @Test
  void aNonTransferableWarrantyEndsAtTheResale() {
    var personal =
        new WarrantyRule(
            "X", 24, WarrantyRule.StartBasis.SALE, false, WarrantyRule.RepairPolicy.NONE, 0);
    event(AssetEventKind.SOLD, "2026-01-01", Map.of());
    event(AssetEventKind.RETURNED, "2026-03-01", Map.of());
    event(AssetEventKind.RESOLD, "2026-04-01", Map.of());

    var status = WarrantyCoverage.of(personal, chain, 0, day("2026-05-01"));

    assertThat(status.covered()).isFalse();
    assertThat(status.reason()).isEqualTo("NOT_TRANSFERABLE");
    assertThat(status.endsOn()).isEqualTo(day("2026-04-01"));
    assertThat(WarrantyCoverage.of(FIVE_YEARS_TRANSFERABLE, chain, 0, day("2026-05-01")).covered())
        .isTrue();
  }

  @Test
  void aRepairUnderWarrantyExtendsOrRestartsCoverageByPolicy() {
    event(AssetEventKind.SOLD, "2026-01-01", Map.of());
    event(AssetEventKind.SERVICED, "2026-12-01", Map.of("underWarranty", true));
    event(AssetEventKind.SERVICED, "2027-06-01", Map.of("underWarranty", false));
    var extend =
        new WarrantyRule(
            "X", 24, WarrantyRule.StartBasis.SALE, true, WarrantyRule.RepairPolicy.EXTEND, 6);
    var restart =
        new WarrantyRule(
            "X", 24, WarrantyRule.StartBasis.SALE, true, WarrantyRule.RepairPolicy.RESTART, 0);
    var none =
        new WarrantyRule(
            "X", 24, WarrantyRule.StartBasis.SALE, true, WarrantyRule.RepairPolicy.NONE, 0);

    LocalDate today = day("2027-07-01");
    assertThat(WarrantyCoverage.of(extend, chain, 0, today).endsOn()).isEqualTo(day("2028-07-01"));
    assertThat(WarrantyCoverage.of(restart, chain, 0, today).endsOn()).isEqualTo(day("2028-12-01"));
    assertThat(WarrantyCoverage.of(none, chain, 0, today).endsOn()).isEqualTo(day("2028-01-01"));
  }

  @Test
  void anAssetNeverSoldHasNotStartedAndAProductWithoutRuleHasNoWarranty() {
    event(AssetEventKind.RECEIVED, "2026-01-01", Map.of());

    assertThat(WarrantyCoverage.of(FIVE_YEARS_TRANSFERABLE, chain, 0, day("2026-02-01")).reason())
        .isEqualTo("NOT_STARTED");
    assertThat(WarrantyCoverage.of(null, chain, 0, day("2026-02-01")).reason())
        .isEqualTo("NO_WARRANTY");
  }

  private void event(AssetEventKind kind, String date, Map<String, Object> details) {
    chain.add(
        new CustodyEvent(
            chain.size() + 1,
            1,
            "X",
            "S1",
            kind,
            Instant.parse(date + "T12:00:00Z"),
            1L,
            null,
            null,
            "test:" + chain.size(),
            "tester",
            false,
            details));
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
