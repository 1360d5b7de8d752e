package io.vitrine.tenant.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The upgrade to the follow-ups outbox runs what an earlier version may have lost in memory: the
 * follow-ups of recent sales that have no message decision, the mark of a run that never ended.
 */
@QuarkusTest
@WithTestResource(SalesBeforeOutboxResource.class)
class SalesBeforeOutboxIT {

  @Test
  void recentSalesWithoutTheirFollowUpsGetThemAndTheOthersAreLeftAlone() {
    assertThat(kinds(SalesBeforeOutboxResource.LOST))
        .containsExactly("ATTRIBUTION", "LOYALTY", "POST_PURCHASE_MESSAGE");
    assertThat(kinds(SalesBeforeOutboxResource.FOLLOWED)).isEmpty();
    assertThat(kinds(SalesBeforeOutboxResource.OLD)).isEmpty();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> messages(SalesBeforeOutboxResource.LOST).equals(List.of(Map.of("n", 1L))));
    assertThat(messages(SalesBeforeOutboxResource.OLD)).isEqualTo(List.of(Map.of("n", 0L)));
  }

  private static List<Object> kinds(String posSaleId) {
    return SalesFixture.rows(
            "select f.kind from sale_follow_ups f join sales s on s.id = f.sale_id"
                + " where s.pos_sale_id = ? order by f.kind",
            posSaleId)
        .stream()
        .map(row -> row.get("kind"))
        .toList();
  }

  private static List<Map<String, Object>> messages(String posSaleId) {
    return SalesFixture.rows(
        "select count(*) as n from messages m join sales s on s.id = m.sale_id"
            + " where s.pos_sale_id = ?",
        posSaleId);
  }
}
