package io.vitrine.tenant.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vitrine.tenant.catalog.ImportAbandonedException;
import io.vitrine.tenant.catalog.ImportFormat;
import io.vitrine.tenant.catalog.ImportJobRepository;
import io.vitrine.tenant.catalog.StaleImportSweep;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Catalog import jobs whose instance stopped are failed by the scheduled sweep on the real
 * PostgreSQL, and the status endpoint says so; jobs whose instance still beats are left alone.
 */
@QuarkusTest
@WithTestResource(TenantStackResource.class)
@TestProfile(StaleImportSweepIT.Profile.class)
class StaleImportSweepIT {

  private static final String IMPORTS = "/v1/admin/catalog/imports/";

  /** Sweeps every second, so that the scheduled sweep itself is what the tests wait for. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("vitrine.catalog.import-sweep-every", "1s");
    }
  }

  @Inject ImportJobRepository jobs;
  @Inject StaleImportSweep sweep;
  @Inject AgroalDataSource dataSource;

  @Test
  void aRunningJobWithAnOldHeartbeatIsFailedAndOneWithAFreshHeartbeatIsLeftAlone()
      throws SQLException {
    String gone = "pod-gone-" + suffix();
    UUID orphan = runningJob(gone, "10 minutes");
    UUID alive = runningJob("pod-alive-" + suffix(), "1 second");

    JsonPath failed = awaitStatus(orphan, "FAILED");

    assertThat(failed.getString("failure"))
        .contains("instance running this import (" + gone + ") stopped")
        .contains("rows imported so far are kept")
        .contains("updates products by SKU");
    assertThat(failed.getString("finishedAt")).isNotNull();
    assertThat(failed.getInt("imported")).as("the progress stays as it was").isEqualTo(40);
    JsonPath untouched = status(alive);
    assertThat(untouched.getString("status")).isEqualTo("RUNNING");
    assertThat(untouched.getString("failure")).isNull();
  }

  @Test
  void aSweptJobStaysFailedWhenItsInstanceComesBack() throws SQLException {
    UUID orphan = runningJob("pod-paused-" + suffix(), "10 minutes");
    awaitStatus(orphan, "FAILED");

    assertThatThrownBy(() -> jobs.progressed(orphan, 10, 10, List.of()).await().indefinitely())
        .isInstanceOf(ImportAbandonedException.class);
    jobs.completed(orphan).await().indefinitely();

    JsonPath job = status(orphan);
    assertThat(job.getString("status")).isEqualTo("FAILED");
    assertThat(job.getInt("rowsRead")).isEqualTo(40);
    assertThat(sweep.sweep().await().indefinitely())
        .as("a failed job is never failed twice")
        .doesNotContain(orphan);
  }

  @Test
  void anImportNamesItsInstanceAndHeartbeatAndIsNotSwept() {
    String sku = "beat-" + suffix();
    String location =
        given()
            .auth()
            .oauth2(Tokens.of("retailer-admin"))
            .contentType(ContentType.JSON)
            .body(
                List.of(
                    Map.of(
                        "sku",
                        sku,
                        "name",
                        "Beat Serum",
                        "brand",
                        "B",
                        "price",
                        9,
                        "currency",
                        "EUR")))
            .post(IMPORTS)
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    JsonPath job = awaitStatus(id, "COMPLETED");

    assertThat(job.getString("instance")).isNotBlank();
    assertThat(job.getString("heartbeatAt")).isNotNull();
    assertThat(job.getInt("imported")).isEqualTo(1);
  }

  /** A RUNNING job of {@code instance} that read 40 rows, last heard of {@code ago}. */
  private UUID runningJob(String instance, String ago) throws SQLException {
    UUID id = jobs.create(ImportFormat.CSV, 100, "it", instance).await().indefinitely();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE catalog_imports SET status = 'RUNNING', started_at = now() - interval '1"
                    + " hour', rows_read = 40, imported = 40, heartbeat_at = now() - cast(? as"
                    + " interval) WHERE id = ?")) {
      statement.setString(1, ago);
      statement.setObject(2, id);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
    return id;
  }

  private static JsonPath awaitStatus(UUID id, String status) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> status(id), job -> status.equals(job.getString("status")));
  }

  private static JsonPath status(UUID id) {
    return given()
        .auth()
        .oauth2(Tokens.of("retailer-admin"))
        .get(IMPORTS + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
