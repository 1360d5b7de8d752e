package io.vitrine.tenant.pos.reconcile;

import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** {@code pos_watermarks}: per provider, how far the reconciliation poll has read. */
@ApplicationScoped
public class Watermarks {

  private final DataSource dataSource;

  public Watermarks(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public OptionalLong get(PosProvider provider) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT watermark FROM pos_watermarks WHERE provider = ?")) {
      select.setString(1, provider.configName());
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? OptionalLong.of(Long.parseLong(row.getString(1)))
            : OptionalLong.empty();
      }
    }
  }

  /** Moves the watermark forward, never back. */
  public void advance(PosProvider provider, long watermark) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO pos_watermarks (provider, watermark) VALUES (?, ?)"
                    + " ON CONFLICT (provider) DO UPDATE SET watermark = EXCLUDED.watermark,"
                    + " updated_at = now()"
                    + " WHERE pos_watermarks.watermark::bigint < EXCLUDED.watermark::bigint")) {
      upsert.setString(1, provider.configName());
      upsert.setString(2, Long.toString(watermark));
      upsert.executeUpdate();
    }
  }
}
