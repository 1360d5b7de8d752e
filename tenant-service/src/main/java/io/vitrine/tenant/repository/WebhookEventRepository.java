package io.vitrine.tenant.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.model.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Inbound POS deliveries, written with one statement each: no entity, no session, so that an
 * acknowledgement waits only for that statement's commit.
 */
@ApplicationScoped
public class WebhookEventRepository {

  private final Pool pool;
  private final String insert;

  public WebhookEventRepository(
      Pool pool, @ConfigProperty(name = "vitrine.database.schema") String schema) {
    this.pool = pool;
    // The schema name is the operator's, from [a-z0-9_]; quoted all the same.
    this.insert =
        "INSERT INTO \""
            + schema.replace("\"", "\"\"")
            + "\".webhook_events (provider, dedup_key, topic, raw_body) VALUES ($1, $2, $3, $4)"
            + " ON CONFLICT (provider, dedup_key) DO NOTHING";
  }

  /**
   * Records a delivery unless one with the same dedup key was recorded before.
   *
   * @return true when this delivery was new, false when it was a duplicate (nothing changed)
   */
  public Uni<Boolean> insertIfNew(
      PosProvider provider, String dedupKey, String topic, byte[] rawBody) {
    return pool.preparedQuery(insert)
        .execute(
            Tuple.tuple()
                .addString(provider.configName())
                .addString(dedupKey)
                .addString(topic)
                .addBuffer(Buffer.buffer(rawBody)))
        .map(rows -> rows.rowCount() == 1);
  }
}
