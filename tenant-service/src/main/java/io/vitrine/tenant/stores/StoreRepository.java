package io.vitrine.tenant.stores;

import static io.vitrine.tenant.common.db.SqlRows.first;
import static io.vitrine.tenant.common.db.SqlRows.instant;
import static io.vitrine.tenant.common.db.SqlRows.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code stores}, on the caller's connection. Labels travel as JSON text. */
@ApplicationScoped
public class StoreRepository {

  private static final String COLUMNS =
      "id, pos_location_id, name, labels::text, latitude, longitude, created_at, updated_at";
  private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {};

  private final ObjectMapper json = new ObjectMapper();

  public Uni<List<Store>> listAllOrdered(SqlClient sql) {
    return sql.query("select " + COLUMNS + " from stores order by id")
        .execute()
        .map(rows -> map(rows, this::store));
  }

  /** Stores whose labels contain every given label, e.g. {"region": "north"}. */
  public Uni<List<Store>> listWithLabels(SqlClient sql, Map<String, String> labels) {
    return sql.preparedQuery(
            // Through text: the PostgreSQL client would send a String as a JSON string.
            "select " + COLUMNS + " from stores where labels @> $1::text::jsonb order by id")
        .execute(Tuple.of(toJson(labels)))
        .map(rows -> map(rows, this::store));
  }

  public Uni<Optional<Store>> findById(SqlClient sql, long id) {
    return sql.preparedQuery("select " + COLUMNS + " from stores where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> first(rows).map(this::store));
  }

  /** The new store, or empty when a store already has this POS location id. */
  public Uni<Optional<Store>> insert(
      SqlClient sql,
      String posLocationId,
      String name,
      Map<String, String> labels,
      Coordinates coordinates) {
    return sql.preparedQuery(
            "insert into stores (pos_location_id, name, labels, latitude, longitude)"
                + " values ($1, $2, $3::text::jsonb, $4, $5)"
                + " on conflict (pos_location_id) do nothing returning "
                + COLUMNS)
        .execute(
            Tuple.of(posLocationId, name, toJson(labels))
                .addValue(coordinates == null ? null : coordinates.latitude())
                .addValue(coordinates == null ? null : coordinates.longitude()))
        .map(rows -> first(rows).map(this::store));
  }

  /** The store with its coordinates replaced (null clears them), or empty when there is none. */
  public Uni<Optional<Store>> replaceCoordinates(SqlClient sql, long id, Coordinates coordinates) {
    return sql.preparedQuery(
            "update stores set latitude = $2, longitude = $3, updated_at = now() where id = $1"
                + " returning "
                + COLUMNS)
        .execute(
            Tuple.of(
                id,
                coordinates == null ? null : coordinates.latitude(),
                coordinates == null ? null : coordinates.longitude()))
        .map(rows -> first(rows).map(this::store));
  }

  /** The ids of the stores with these POS location ids, by location id; unknown ones are absent. */
  public Uni<Map<String, Long>> idsByLocation(SqlClient sql, Collection<String> posLocationIds) {
    return sql.preparedQuery(
            "select pos_location_id, id from stores where pos_location_id = any($1)")
        .execute(Tuple.of(posLocationIds.toArray(String[]::new)))
        .map(
            rows -> {
              var ids = new HashMap<String, Long>();
              rows.forEach(row -> ids.put(row.getString(0), row.getLong(1)));
              return ids;
            });
  }

  /**
   * Adds a store named "POS location &lt;id&gt;", with no labels, for each location id no store has
   * yet; existing stores are left as they are.
   */
  public Uni<Void> insertUnknownLocations(SqlClient sql, Collection<String> posLocationIds) {
    return sql.preparedQuery(
            "insert into stores (pos_location_id, name)"
                + " select l, 'POS location ' || l from unnest($1::text[]) as l"
                + " on conflict (pos_location_id) do nothing")
        .execute(Tuple.of(posLocationIds.toArray(String[]::new)))
        .replaceWithVoid();
  }

  /** The store with its labels replaced, or empty when there is no such store. */
  public Uni<Optional<Store>> replaceLabels(SqlClient sql, long id, Map<String, String> labels) {
    return sql.preparedQuery(
            "update stores set labels = $2::text::jsonb, updated_at = now() where id = $1"
                + " returning "
                + COLUMNS)
        .execute(Tuple.of(id, toJson(labels)))
        .map(rows -> first(rows).map(this::store));
  }

  /** Whether a store was deleted. */
  public Uni<Boolean> deleteById(SqlClient sql, long id) {
    return sql.preparedQuery("delete from stores where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.rowCount() > 0);
  }

  private Store store(Row row) {
    return new Store(
        row.getLong("id"),
        row.getString("pos_location_id"),
        row.getString("name"),
        fromJson(row.getString("labels")),
        Coordinates.ofNullable(row.getDouble("latitude"), row.getDouble("longitude")),
        instant(row.getOffsetDateTime("created_at")),
        instant(row.getOffsetDateTime("updated_at")));
  }

  private String toJson(Map<String, String> labels) {
    try {
      return json.writeValueAsString(labels);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("labels cannot be written as JSON", e);
    }
  }

  private Map<String, String> fromJson(String labels) {
    try {
      return json.readValue(labels, LABELS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stores.labels holds text values only", e);
    }
  }
}
