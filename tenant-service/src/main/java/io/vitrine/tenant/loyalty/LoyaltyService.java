package io.vitrine.tenant.loyalty;

import static io.vitrine.tenant.common.problem.ProblemType.MEMBER_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.FeatureFlags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Applies completed sales to loyalty accounts, once per sale: each accrual is a ledger row keyed by
 * (sale, rule), and the account is locked while a sale is applied.
 */
@ApplicationScoped
public class LoyaltyService {

  private static final Logger LOG = Logger.getLogger(LoyaltyService.class);
  private static final int RECENT = 20;

  private final LoyaltyRepository repository;
  private final FeatureFlags flags;
  private final AccrualRules rules;
  private final TierLadder ladder;
  private final String program;

  public LoyaltyService(LoyaltyRepository repository, FeatureFlags flags, LoyaltyConfig config) {
    this.repository = repository;
    this.flags = flags;
    this.rules = AccrualRules.of(config);
    this.ladder = TierLadder.parse(config.tiers());
    this.program = config.program();
  }

  /**
   * Entry point for the sale-completed event: grants the sale's points to its customer. Applying
   * the same sale again changes nothing.
   */
  public Uni<LoyaltyOutcome> onSaleCompleted(long saleId) {
    return repository.inTransaction(
        sql ->
            repository
                .sale(sql, saleId)
                .flatMap(
                    sale ->
                        sale.filter(found -> found.customerId() != null)
                            .map(found -> apply(sql, found))
                            .orElseGet(() -> Uni.createFrom().item(LoyaltyOutcome.none()))));
  }

  private Uni<LoyaltyOutcome> apply(SqlClient sql, LoyaltyRepository.SaleRow sale) {
    boolean personalized =
        sale.posLocationId() != null
            && flags.enabled(Feature.LOYALTY_PERSONALIZATION, sale.posLocationId());
    return repository
        .lockAccount(sql, sale.customerId(), program, ladder.tierFor(0).name())
        .flatMap(
            account ->
                facts(sql, sale)
                    .flatMap(facts -> record(sql, account, sale, rules.accrue(facts, personalized)))
                    .flatMap(granted -> settle(sql, account, sale.id(), granted)));
  }

  private Uni<SaleFacts> facts(SqlClient sql, LoyaltyRepository.SaleRow sale) {
    return repository
        .lines(sql, sale.id())
        .flatMap(
            lines ->
                repository
                    .previousSaleAt(sql, sale)
                    .flatMap(
                        previous ->
                            repository
                                .frequentBrand(sql, sale)
                                .map(
                                    brand ->
                                        new SaleFacts(
                                            sale.total(),
                                            lines,
                                            sale.occurredAt(),
                                            previous,
                                            brand))));
  }

  /** Inserts the accruals one after the other; returns those that were new. */
  private Uni<List<Accrual>> record(
      SqlClient sql,
      LoyaltyRepository.AccountRow account,
      LoyaltyRepository.SaleRow sale,
      List<Accrual> accruals) {
    Uni<List<Accrual>> granted = Uni.createFrom().item(new ArrayList<>());
    for (Accrual accrual : accruals) {
      granted =
          granted.flatMap(
              list ->
                  repository
                      .insertLedger(sql, account.id(), sale.id(), accrual)
                      .map(
                          isNew -> {
                            if (isNew) {
                              list.add(accrual);
                            }
                            return list;
                          }));
    }
    return granted;
  }

  private Uni<LoyaltyOutcome> settle(
      SqlClient sql, LoyaltyRepository.AccountRow account, long saleId, List<Accrual> granted) {
    if (granted.isEmpty()) {
      return Uni.createFrom()
          .item(new LoyaltyOutcome(granted, account.points(), account.tier(), Optional.empty()));
    }
    long points = account.points() + granted.stream().mapToLong(Accrual::points).sum();
    Tier tier = ladder.tierFor(points);
    boolean upgrade = ladder.isUpgrade(account.tier(), tier);
    String kept = upgrade || account.tier() == null ? tier.name() : account.tier();
    Uni<Void> notice =
        upgrade
            ? repository.insertTierNotice(sql, account.id(), saleId, account.tier(), tier.name())
            : Uni.createFrom().voidItem();
    LOG.debugf(
        "Sale %d earned %d points on account %d", saleId, points - account.points(), account.id());
    return repository
        .updateAccount(sql, account.id(), points, kept)
        .flatMap(done -> notice)
        .map(
            done ->
                new LoyaltyOutcome(
                    granted,
                    points,
                    kept,
                    upgrade ? Optional.ofNullable(account.tier()) : Optional.empty()));
  }

  /** A member's balance, tier, next tier and recent activity. */
  public Uni<LoyaltySummary> summary(String pseudonym) {
    return repository
        .customerId(pseudonym)
        .flatMap(
            customer ->
                customer
                    .map(this::summaryOf)
                    .orElseGet(
                        () -> Uni.createFrom().failure(Problem.of(MEMBER_NOT_FOUND, pseudonym))));
  }

  private Uni<LoyaltySummary> summaryOf(long customerId) {
    return repository
        .account(customerId, program)
        .flatMap(
            account -> {
              if (account.isEmpty()) {
                return Uni.createFrom()
                    .item(
                        LoyaltySummary.of(
                            program, 0, ladder.tierFor(0).name(), ladder, List.of(), List.of()));
              }
              var found = account.get();
              return repository
                  .recentLedger(found.id(), RECENT)
                  .flatMap(
                      ledger ->
                          repository
                              .recentNotices(found.id(), RECENT)
                              .map(
                                  notices ->
                                      LoyaltySummary.of(
                                          program,
                                          found.points(),
                                          found.tier(),
                                          ladder,
                                          ledger,
                                          notices)));
            });
  }
}
