package io.vitrine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** Connection details of the local stack, as written by {@code make stack-up} to stack.env. */
public final class LocalStack {

  private final Map<String, String> values;

  private LocalStack(Map<String, String> values) {
    this.values = values;
  }

  public static LocalStack load() {
    Path home =
        Path.of(
            System.getProperty(
                "vitrine.home",
                Path.of(System.getProperty("user.home"), ".cache", "vitrine").toString()));
    Path envFile = home.resolve("stack.env");
    if (!Files.isReadable(envFile)) {
      throw new IllegalStateException(
          envFile + " not found: start the local stack with 'make stack-up'");
    }
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(envFile)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LocalStack(
        properties.stringPropertyNames().stream()
            .collect(Collectors.toMap(name -> name, properties::getProperty)));
  }

  public String get(String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(key + " is missing from stack.env: run 'make stack-up'");
    }
    return value;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://%s:%s/%s"
        .formatted(get("VITRINE_PG_HOST"), get("VITRINE_PG_PORT"), get("VITRINE_PG_DATABASE"));
  }

  /** Runs the statements, in order, as the platform's database administrator (CREATEROLE). */
  public void asDatabaseAdmin(String... statements) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                jdbcUrl(), get("VITRINE_PG_ADMIN_USER"), get("VITRINE_PG_ADMIN_PASSWORD"));
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  public String kubeconfig() {
    try {
      return Files.readString(Path.of(get("VITRINE_KUBECONFIG")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
