package io.vitrine.tenant.pos.sale;

import io.vitrine.tenant.pos.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Applies a normalised sale in one transaction, by version: a new sale is inserted, a newer version
 * replaces the sale and its lines, an equal or older version changes nothing. The upsert locks the
 * sale's row, so two versions applied at once are serialised.
 *
 * <p>An unknown POS location becomes a new store named after it, with no labels, so that no sale is
 * lost or left without its store; an admin labels it later.
 */
@ApplicationScoped
public class SaleWriter {

  private static final String UPSERT_SALE =
      "INSERT INTO sales (pos_provider, pos_sale_id, pos_version, store_id, customer_id, total,"
          + " currency, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (pos_provider, pos_sale_id) DO UPDATE SET"
          + " pos_version = EXCLUDED.pos_version, store_id = EXCLUDED.store_id,"
          + " customer_id = EXCLUDED.customer_id, total = EXCLUDED.total,"
          + " currency = EXCLUDED.currency, occurred_at = EXCLUDED.occurred_at, updated_at = now()"
          + " WHERE sales.pos_version < EXCLUDED.pos_version"
          + " RETURNING id, (xmax = 0) AS created";

  private final DataSource dataSource;
  private final CustomerPseudonyms pseudonyms;

  public SaleWriter(DataSource dataSource, CustomerPseudonyms pseudonyms) {
    this.dataSource = dataSource;
    this.pseudonyms = pseudonyms;
  }

  /** The applied sale, or empty when the stored version was already as new or newer. */
  public Optional<SaleCompleted> apply(NormalizedSale sale) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Optional<SaleCompleted> applied = apply(connection, sale);
        connection.commit();
        return applied;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private Optional<SaleCompleted> apply(Connection connection, NormalizedSale sale)
      throws SQLException {
    Long storeId = sale.locationId() == null ? null : storeId(connection, sale.locationId());
    Optional<String> pseudonym = pseudonyms.of(sale.provider(), sale.customerRef());
    Long customerId = pseudonym.isPresent() ? customerId(connection, pseudonym.get()) : null;
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT_SALE)) {
      upsert.setString(1, sale.provider().configName());
      upsert.setString(2, sale.posSaleId());
      upsert.setLong(3, sale.posVersion());
      setLong(upsert, 4, storeId);
      setLong(upsert, 5, customerId);
      upsert.setBigDecimal(6, sale.total());
      upsert.setString(7, sale.currency());
      upsert.setTimestamp(8, Timestamp.from(sale.occurredAt()));
      try (ResultSet row = upsert.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long saleId = row.getLong(1);
        boolean created = row.getBoolean(2);
        replaceLines(connection, saleId, sale);
        return Optional.of(
            new SaleCompleted(
                saleId,
                storeId,
                customerId,
                sale.provider().configName(),
                sale.posSaleId(),
                sale.posVersion(),
                created,
                sale.total(),
                sale.currency(),
                sale.occurredAt(),
                sale.lines()));
      }
    }
  }

  private static void replaceLines(Connection connection, long saleId, NormalizedSale sale)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM sale_lines WHERE sale_id = ?")) {
      delete.setLong(1, saleId);
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO sale_lines (sale_id, line_number, sku, quantity, unit_price, total)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (SaleCompleted.Line line : sale.lines()) {
        insert.setLong(1, saleId);
        insert.setInt(2, line.lineNumber());
        insert.setString(3, line.sku());
        insert.setBigDecimal(4, line.quantity());
        insert.setBigDecimal(5, line.unitPrice());
        insert.setBigDecimal(6, line.total());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static long storeId(Connection connection, String locationId) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO stores (pos_location_id, name) VALUES (?, ?)"
                + " ON CONFLICT (pos_location_id) DO NOTHING")) {
      insert.setString(1, locationId);
      insert.setString(2, "POS location " + locationId);
      insert.executeUpdate();
    }
    return idOf(connection, "SELECT id FROM stores WHERE pos_location_id = ?", locationId);
  }

  private static long customerId(Connection connection, String pseudonym) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO customers (pseudonym) VALUES (?) ON CONFLICT (pseudonym) DO NOTHING")) {
      insert.setString(1, pseudonym);
      insert.executeUpdate();
    }
    return idOf(connection, "SELECT id FROM customers WHERE pseudonym = ?", pseudonym);
  }

  private static long idOf(Connection connection, String query, String value) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(query)) {
      select.setString(1, value);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("row vanished while the sale was applied");
        }
        return row.getLong(1);
      }
    }
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }
}
