package io.vitrine.tenant.it;

import io.vitrine.api.config.TenantServiceProperties;
import io.vitrine.testing.LocalStack;
import io.vitrine.testing.TenantServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replicas of one tenant's tenant-service as separate JVMs from the packaged jar, on a fresh test
 * tenant ({@link TenantStackResource}: schema, realm, catalog index, POS settings), configured as
 * the operator configures its pods: the schema migrated once, as by the init container, then each
 * replica started with the tenant's environment and without migrating.
 */
final class TenantReplicas implements AutoCloseable {

  /** What TenantStackResource gives the ITs themselves, not a pod. */
  private static final Pattern TEST_ONLY =
      Pattern.compile("vitrine\\.test\\..*|quarkus\\.http\\.test-.*");

  private final TenantStackResource stack = new TenantStackResource();
  private final Map<String, String> tenant;
  private final List<TenantServiceProcess> started = new ArrayList<>();
  private final Path logs;

  TenantReplicas(String posProvider) throws Exception {
    stack.init(Map.of(TenantStackResource.POS_PROVIDER, posProvider));
    tenant = stack.start();
    logs = Files.createTempDirectory("tenant-replicas");
    launch("migrate-schema", Map.of(environment(TenantServiceProperties.INIT_AND_EXIT), "true"))
        .runToCompletion();
  }

  /** A new replica with the tenant's environment and these variables on top; ready when back. */
  TenantServiceProcess start(String name, Map<String, String> variables) throws Exception {
    var environment = new HashMap<>(variables);
    environment.put(environment(TenantServiceProperties.FLYWAY_MIGRATE_AT_START), "false");
    var replica = launch(name, environment).start();
    started.add(replica);
    return replica;
  }

  /** A setting of the test tenant ({@code vitrine.pos.webhook-signing-key}, ...). */
  String setting(String property) {
    return tenant.get(property);
  }

  /** A bearer token of the realm's user named after the role. */
  String token(String role) {
    return Tokens.of(tenant, role);
  }

  /** Runs a statement as the tenant's role; returns the first column of every row, as text. */
  List<String> query(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      var values = new ArrayList<String>();
      if (statement.execute()) {
        var rows = statement.getResultSet();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  long count(String sql, Object... parameters) throws SQLException {
    return Long.parseLong(query(sql, parameters).get(0));
  }

  @Override
  public void close() {
    started.forEach(TenantServiceProcess::close);
    stack.stop();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        LocalStack.load().jdbcUrl(),
        tenant.get("quarkus.datasource.username"),
        tenant.get("quarkus.datasource.password"));
  }

  private TenantServiceProcess.Launch launch(String name, Map<String, String> variables) {
    var environment = new HashMap<String, String>();
    tenant.entrySet().stream()
        .filter(setting -> !TEST_ONLY.matcher(setting.getKey()).matches())
        .forEach(setting -> environment.put(environment(setting.getKey()), setting.getValue()));
    environment.putAll(variables);
    return TenantServiceProcess.launch()
        .jvmOptions("-Xmx256m")
        .environment(environment)
        .log(logs.resolve(name + ".log"))
        .readyWithin(Duration.ofSeconds(120));
  }

  private static String environment(String property) {
    return TenantServiceProperties.environmentVariable(property);
  }
}
