package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static io.vitrine.tenant.it.SalesFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vitrine.api.flags.FlagsDocument;
import io.vitrine.tenant.common.security.Roles;
import io.vitrine.tenant.flags.Feature;
import io.vitrine.tenant.flags.PublishedFeatureFlags;
import io.vitrine.tenant.loyalty.Accrual;
import io.vitrine.tenant.loyalty.AccrualRule;
import io.vitrine.tenant.loyalty.LoyaltyOutcome;
import io.vitrine.tenant.loyalty.LoyaltyService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loyalty accrual on completed sales, on the tenant's real PostgreSQL. */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@WithTestResource(DeliveryReceiverResource.class)
class LoyaltyIT {

  private static final Instant NOW = Instant.now();

  @Inject LoyaltyService loyalty;
  @Inject PublishedFeatureFlags flags;
  @Inject SaleFollowUpRequests followUps;

  @Test
  void aSaleAppliedTwiceOrConcurrentlyGivesItsPointsOnce() {
    var store = SalesFixture.store();
    var customer = SalesFixture.customer("{}");
    String sku = SalesFixture.product("Gentle Foam", "Aurelle", "cleanser");
    long sale = SalesFixture.sale(store, customer, NOW, line(sku, "120.50"));

    var first = loyalty.onSaleCompleted(sale);
    var second = loyalty.onSaleCompleted(sale);
    var both = Uni.combine().all().unis(first, second).asTuple().await().indefinitely();
    var again = apply(sale);

    assertThat(both.getItem1().granted().size() + both.getItem2().granted().size()).isEqualTo(1);
    assertThat(again.granted()).isEmpty();
    assertThat(again.points()).isEqualTo(120);
    assertThat(SalesFixture.rows("SELECT points FROM loyalty_ledger WHERE sale_id = ?", sale))
        .singleElement()
        .isEqualTo(Map.of("points", 120L));
    assertThat(
            SalesFixture.rows(
                "SELECT points, tier FROM loyalty_accounts WHERE customer_id = ?", customer.id()))
        .containsExactly(Map.of("points", 120L, "tier", "member"));
  }

  @Test
  void crossingAThresholdRaisesTheTierOnceWithANotice() {
    var store = SalesFixture.store();
    var customer = SalesFixture.customer("{}");
    String sku = SalesFixture.product("Hydra Serum", "Aurelle", "serum");
    long first = SalesFixture.sale(store, customer, NOW.minusSeconds(60), line(sku, "450.00"));
    long second = SalesFixture.sale(store, customer, NOW, line(sku, "100.00"));

    assertThat(apply(first).upgradedFrom()).isEmpty();
    LoyaltyOutcome upgrade = apply(second);
    apply(second);

    assertThat(upgrade.tier()).isEqualTo("silver");
    assertThat(upgrade.upgradedFrom()).contains("member");
    assertThat(
            SalesFixture.rows(
                "SELECT n.sale_id, n.from_tier, n.to_tier FROM loyalty_tier_notices n"
                    + " JOIN loyalty_accounts a ON a.id = n.account_id WHERE a.customer_id = ?",
                customer.id()))
        .containsExactly(Map.of("sale_id", second, "from_tier", "member", "to_tier", "silver"));

    given()
        .auth()
        .oauth2(Tokens.of(Roles.ASSOCIATE))
        .get("/v1/loyalty/" + customer.pseudonym())
        .then()
        .statusCode(200)
        .body("points", equalTo(550))
        .body("tier", equalTo("silver"))
        .body("nextTier.name", equalTo("gold"))
        .body("nextTier.pointsToGo", equalTo(950))
        .body("recent", hasSize(2))
        .body("recent[0].saleId", equalTo((int) second))
        .body("tierNotices[0].toTier", equalTo("silver"));
  }

  @Test
  void aLapsedMemberReturningEarnsTheMilestoneAndTheFrequentBrandItsBonus() {
    var store = SalesFixture.store();
    var customer = SalesFixture.customer("{}");
    String brand = SalesFixture.unique("Brand");
    String favourite = SalesFixture.product("Night Renewal", brand, "retinoid");
    String other = SalesFixture.product("Gentle Foam", "Other", "cleanser");
    Instant longAgo = NOW.minus(Duration.ofDays(120));
    for (int i = 0; i < 3; i++) {
      SalesFixture.sale(store, customer, longAgo.minusSeconds(i), line(favourite, "10.00"));
    }
    long back =
        SalesFixture.sale(store, customer, NOW, line(favourite, "50.00"), line(other, "20.00"));

    var outcome = apply(back);

    assertThat(outcome.granted())
        .extracting(Accrual::rule, Accrual::points)
        .containsExactlyInAnyOrder(
            tuple(AccrualRule.BASE, 70L),
            tuple(AccrualRule.BRAND_BONUS, 50L),
            tuple(AccrualRule.LAPSED_MILESTONE, 200L));
    assertThat(outcome.points()).isEqualTo(320);
  }

  @Test
  void whereLoyaltyPersonalizationIsOffOnlyBasePointsApply() {
    var store = SalesFixture.store();
    var customer = SalesFixture.customer("{}");
    String sku = SalesFixture.product("Hydra Serum", "Aurelle", "serum");
    SalesFixture.sale(store, customer, NOW.minus(Duration.ofDays(200)), line(sku, "10.00"));
    long back = SalesFixture.sale(store, customer, NOW, line(sku, "30.00"));
    String rollout = SalesFixture.unique("rollout");
    flags.publish(
        new FlagsDocument(
            rollout,
            1,
            Map.of(
                Feature.LOYALTY_PERSONALIZATION.key(),
                new FlagsDocument.FeatureStores(false, Set.of("another-store"), Map.of()))));
    try {
      assertThat(apply(back).granted()).extracting(Accrual::rule).containsExactly(AccrualRule.BASE);
    } finally {
      flags.withdraw(rollout);
    }
  }

  @Test
  void theStandingIsForAssociatesAndAboveAndUnknownMembersAreNotFound() {
    var customer = SalesFixture.customer("{}");

    given()
        .auth()
        .oauth2(Tokens.of(Roles.STORE_MANAGER))
        .get("/v1/loyalty/" + customer.pseudonym())
        .then()
        .statusCode(200)
        .body("points", equalTo(0))
        .body("tier", equalTo("member"))
        .body("recent", hasSize(0));
    given()
        .auth()
        .oauth2(Tokens.of(Roles.AUDITOR))
        .get("/v1/loyalty/" + customer.pseudonym())
        .then()
        .statusCode(403);
    given().get("/v1/loyalty/" + customer.pseudonym()).then().statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.of(Roles.ASSOCIATE))
        .get("/v1/loyalty/nobody-" + customer.pseudonym())
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("https://vitrine.io/problems/member-not-found"));
  }

  @Test
  void aStoredSalesFollowUpAppliesTheSale() {
    var store = SalesFixture.store();
    var customer = SalesFixture.customer("{}");
    String sku = SalesFixture.product("Gentle Foam", "Aurelle", "cleanser");
    long sale = SalesFixture.sale(store, customer, NOW, line(sku, "42.00"));

    followUps.newSale(sale);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                SalesFixture.rows(
                        "SELECT points FROM loyalty_accounts WHERE customer_id = ?", customer.id())
                    .equals(List.of(Map.of("points", 42L))));
  }

  private LoyaltyOutcome apply(long sale) {
    return loyalty.onSaleCompleted(sale).await().atMost(Duration.ofSeconds(10));
  }
}
