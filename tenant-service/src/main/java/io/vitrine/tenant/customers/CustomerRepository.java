package io.vitrine.tenant.customers;

import static io.vitrine.tenant.common.db.SqlRows.first;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * {@code customers}, on the caller's connection. The profile and the consents are JSON objects;
 * other features keep their own keys in {@code consents} (contact consents), which a change of the
 * personalisation consent leaves as they are.
 */
@ApplicationScoped
public class CustomerRepository {

  private static final String COLUMNS = "id, pseudonym, profile::text, consents::text";

  /** Instants as epoch seconds, as the rows written so far hold them. */
  private final ObjectMapper json =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public Uni<Optional<Customer>> findByPseudonym(SqlClient sql, String pseudonym) {
    return sql.preparedQuery("select " + COLUMNS + " from customers where pseudonym = $1")
        .execute(Tuple.of(pseudonym))
        .map(rows -> first(rows).map(this::customer));
  }

  /** The customer, created first when there is none, locked until the transaction ends. */
  public Uni<Customer> lockOrCreate(SqlClient sql, String pseudonym) {
    return sql.preparedQuery(
            "insert into customers (pseudonym) values ($1) on conflict (pseudonym) do nothing")
        .execute(Tuple.of(pseudonym))
        .flatMap(
            inserted ->
                sql.preparedQuery(
                        "select " + COLUMNS + " from customers where pseudonym = $1 for update")
                    .execute(Tuple.of(pseudonym)))
        .map(rows -> customer(rows.iterator().next()));
  }

  /** Replaces the profile and the personalisation consent; returns the stored customer. */
  public Uni<Customer> update(SqlClient sql, long id, CustomerProfile profile, Consents consents) {
    return sql.preparedQuery(
            "update customers set profile = $2::text::jsonb,"
                + " consents = consents || $3::text::jsonb, updated_at = now() where id = $1"
                + " returning "
                + COLUMNS)
        .execute(Tuple.of(id, toJson(profile), toJson(consents)))
        .map(rows -> customer(rows.iterator().next()));
  }

  private Customer customer(Row row) {
    return new Customer(
        row.getLong("id"),
        row.getString("pseudonym"),
        fromJson(row.getString("profile"), CustomerProfile.class),
        fromJson(row.getString("consents"), Consents.class));
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a customer cannot be written as JSON", e);
    }
  }

  private <T> T fromJson(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "customers holds a " + type.getSimpleName() + " it cannot read", e);
    }
  }
}
