package io.vitrine.tenant.pos.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Inbound POS deliveries, written with one statement per batch: no entity, no session, so that an
 * acknowledgement waits only for that statement's commit. Many concurrent deliveries share one
 * multi-row {@code INSERT ... ON CONFLICT DO NOTHING} (see {@code EventBatcher}).
 */
@ApplicationScoped
public class WebhookEventRepository {

  /** One delivery to record. */
  public record NewEvent(PosProvider provider, String dedupKey, String topic, byte[] rawBody) {}

  private final Pool pool;
  private final String insert;

  public WebhookEventRepository(
      Pool pool, @ConfigProperty(name = "vitrine.database.schema") String schema) {
    this.pool = pool;
    // The schema name is the operator's, from [a-z0-9_]; quoted all the same.
    this.insert =
        "INSERT INTO \""
            + schema.replace("\"", "\"\"")
            + "\".webhook_events (provider, dedup_key, topic, raw_body)"
            + " SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bytea[])"
            + " ON CONFLICT (provider, dedup_key) DO NOTHING RETURNING provider, dedup_key";
  }

  /**
   * Records the deliveries in one statement (one commit); a delivery whose dedup key was recorded
   * before, or appears earlier in the same batch, changes nothing.
   *
   * @return per delivery, in order: true when it was new, false when it was a duplicate
   */
  public Uni<List<Boolean>> insertIfNew(List<NewEvent> events) {
    int size = events.size();
    var providers = new String[size];
    var keys = new String[size];
    var topics = new String[size];
    var bodies = new Buffer[size];
    for (int i = 0; i < size; i++) {
      NewEvent event = events.get(i);
      providers[i] = event.provider().configName();
      keys[i] = event.dedupKey();
      topics[i] = event.topic();
      bodies[i] = Buffer.buffer(event.rawBody());
    }
    return pool.preparedQuery(insert)
        .execute(Tuple.of(providers, keys, topics, bodies))
        .map(
            rows -> {
              Set<String> inserted = new HashSet<>();
              for (Row row : rows) {
                inserted.add(row.getString(0) + "\n" + row.getString(1));
              }
              var outcomes = new ArrayList<Boolean>(size);
              for (NewEvent event : events) {
                // remove(): of two equal keys in one batch, only the first is new.
                outcomes.add(
                    inserted.remove(event.provider().configName() + "\n" + event.dedupKey()));
              }
              return outcomes;
            });
  }
}
