package io.vitrine.tenant.pos.reconcile;

import static io.vitrine.tenant.common.db.SqlRows.first;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;

/**
 * {@code pos_watermarks}: per feed, how far the reconciliation poll has read: a provider's sales
 * under its name, its stock under "&lt;name&gt;:stock".
 */
@ApplicationScoped
public class Watermarks {

  private final Database database;

  public Watermarks(Database database) {
    this.database = database;
  }

  public Uni<OptionalLong> get(PosProvider provider) {
    return get(provider.configName());
  }

  /** Moves the watermark forward, never back. */
  public Uni<Void> advance(PosProvider provider, long watermark) {
    return advance(provider.configName(), watermark);
  }

  public Uni<OptionalLong> get(String feed) {
    return database
        .client()
        .preparedQuery("SELECT watermark FROM pos_watermarks WHERE provider = $1")
        .execute(Tuple.of(feed))
        .map(
            rows ->
                first(rows)
                    .map(row -> OptionalLong.of(Long.parseLong(row.getString(0))))
                    .orElse(OptionalLong.empty()));
  }

  /** Moves the feed's watermark forward, never back. */
  public Uni<Void> advance(String feed, long watermark) {
    return database
        .client()
        .preparedQuery(
            "INSERT INTO pos_watermarks (provider, watermark) VALUES ($1, $2)"
                + " ON CONFLICT (provider) DO UPDATE SET watermark = EXCLUDED.watermark,"
                + " updated_at = now()"
                + " WHERE pos_watermarks.watermark::bigint < EXCLUDED.watermark::bigint")
        .execute(Tuple.of(feed, Long.toString(watermark)))
        .replaceWithVoid();
  }
}
