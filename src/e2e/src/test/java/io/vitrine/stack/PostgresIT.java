package io.vitrine.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.testing.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostgresIT {

  private final LocalStack stack = LocalStack.load();
  private final String schema = "stack_it_" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void migratesASchemaAndReadsItBack() throws SQLException {
    var result =
        Flyway.configure()
            .dataSource(stack.jdbcUrl(), user(), password())
            .schemas(schema)
            .createSchemas(true)
            .locations("classpath:db/stack-it")
            .load()
            .migrate();

    assertThat(result.migrationsExecuted).isEqualTo(2);
    try (Connection connection = connect();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT sku, inci FROM "
                    + schema
                    + ".product WHERE brand = 'Aster' ORDER BY sku")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("sku")).isEqualTo("AST-001");
      assertThat((String[]) rows.getArray("inci").getArray()).contains("GLYCERIN", "PARFUM");
      assertThat(rows.next()).isFalse();
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection connection = connect();
        var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), user(), password());
  }

  private String user() {
    return stack.get("VITRINE_PG_ADMIN_USER");
  }

  private String password() {
    return stack.get("VITRINE_PG_ADMIN_PASSWORD");
  }
}
