package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service appointments against the tenant's real PostgreSQL and Keycloak: concurrent bookings of
 * the last place (one wins), rescheduling into a full slot refused, cancellation freeing the place.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
class AppointmentsIT {

  private static final Instant TEN = Instant.parse("2026-06-01T10:00:00Z");

  private long store;
  private String associate;

  @BeforeEach
  void aStoreCleaningTwoWatchesAtOnceForAnHour() {
    store = SalesFixture.store().id();
    associate = Tokens.of("associate");
    as(Tokens.of("associate"))
        .contentType(ContentType.JSON)
        .body(Map.of("durationMinutes", 60, "capacity", 2))
        .put("/v1/admin/service-types/{store}/cleaning", store)
        .then()
        .statusCode(403);
    as(Tokens.of("retailer-admin"))
        .contentType(ContentType.JSON)
        .body(Map.of("durationMinutes", 60, "capacity", 2))
        .put("/v1/admin/service-types/{store}/cleaning", store)
        .then()
        .statusCode(200);
  }

  @Test
  void ofEightAssociatesBookingTheLastPlaceAtOnceExactlyOneGetsIt() throws Exception {
    book(TEN).then().statusCode(201);
    var executor = Executors.newFixedThreadPool(8);
    var start = new CountDownLatch(1);
    var attempts = new ArrayList<Callable<Integer>>();
    for (int i = 0; i < 8; i++) {
      // Overlapping, not identical: 10:30 overlaps the 10:00 booking and each other.
      Instant at = TEN.plusSeconds(60L * (i % 2 == 0 ? 30 : 45));
      attempts.add(
          () -> {
            start.await();
            return book(at).statusCode();
          });
    }
    var futures = attempts.stream().map(executor::submit).toList();
    start.countDown();
    var statuses = new ArrayList<Integer>();
    for (var future : futures) {
      statuses.add(future.get());
    }
    executor.shutdown();

    assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
    assertThat(
            SalesFixture.rows(
                "SELECT count(*) AS n FROM appointments WHERE store_id = ? AND status = 'BOOKED'",
                store))
        .containsExactly(Map.of("n", 2L));
  }

  @Test
  void aMoveIntoAFullSlotIsRefusedAndACancellationFreesThePlace() {
    book(TEN).then().statusCode(201);
    long second = book(TEN).then().statusCode(201).extract().jsonPath().getLong("id");
    long later =
        book(TEN.plusSeconds(7200)).then().statusCode(201).extract().jsonPath().getLong("id");

    as(associate)
        .contentType(ContentType.JSON)
        .body(Map.of("startsAt", TEN.plusSeconds(1800).toString(), "sourceTransactionId", tx()))
        .post("/v1/appointments/{id}/reschedule", later)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://vitrine.io/problems/appointment-slot-full"));
    as(associate)
        .contentType(ContentType.JSON)
        .body(Map.of("sourceTransactionId", tx()))
        .post("/v1/appointments/{id}/cancel", second)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    as(associate)
        .contentType(ContentType.JSON)
        .body(Map.of("startsAt", TEN.plusSeconds(1800).toString(), "sourceTransactionId", tx()))
        .post("/v1/appointments/{id}/reschedule", later)
        .then()
        .statusCode(200)
        .body("startsAt", equalTo("2026-06-01T10:30:00Z"));
    as(Tokens.of("auditor"))
        .queryParam("store", store)
        .queryParam("from", "2026-06-01T00:00:00Z")
        .queryParam("to", "2026-06-02T00:00:00Z")
        .get("/v1/appointments")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) later));
    assertThat(
            SalesFixture.rows(
                "SELECT action FROM audit_log WHERE target_type = 'appointment' AND target_id = ?"
                    + " ORDER BY id",
                Long.toString(later)))
        .extracting(row -> row.get("action"))
        .containsExactly("appointment.booked", "appointment.rescheduled");
  }

  @Test
  void capacityCountsAppointmentsAtOnceNotEveryOneTheNewOneTouches() {
    book(TEN).then().statusCode(201);
    book(TEN.plusSeconds(3600)).then().statusCode(201);

    // 10:30-11:30 meets one at a time on each side: two at once at most.
    book(TEN.plusSeconds(1800)).then().statusCode(201);
    book(TEN.plusSeconds(2700)).then().statusCode(409);
  }

  private io.restassured.response.Response book(Instant at) {
    return as(associate)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "storeId",
                store,
                "serviceType",
                "cleaning",
                "startsAt",
                at.toString(),
                "sourceTransactionId",
                tx()))
        .post("/v1/appointments");
  }

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token);
  }

  private static String tx() {
    return "till:" + UUID.randomUUID();
  }
}
