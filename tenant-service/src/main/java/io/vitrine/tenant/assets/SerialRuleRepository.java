package io.vitrine.tenant.assets;

import static io.vitrine.tenant.common.db.SqlRows.first;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** {@code serial_capture_rules}: the retailer's rule per POS, or the POS's default. */
@ApplicationScoped
public class SerialRuleRepository {

  Uni<SerialRule> rule(SqlClient sql, String provider) {
    return sql.preparedQuery(
            "SELECT source, name, pattern FROM serial_capture_rules WHERE provider = $1")
        .execute(Tuple.of(provider))
        .map(
            rows ->
                first(rows)
                    .map(SerialRuleRepository::rule)
                    .orElseGet(() -> SerialRule.defaultFor(provider)));
  }

  private static SerialRule rule(Row row) {
    String pattern = row.getString(2);
    return new SerialRule(
        SerialRule.Source.valueOf(row.getString(0)),
        row.getString(1),
        pattern == null ? null : Pattern.compile(pattern));
  }

  Uni<Void> put(SqlClient sql, String provider, SerialRule rule) {
    return sql.preparedQuery(
            "INSERT INTO serial_capture_rules (provider, source, name, pattern)"
                + " VALUES ($1, $2, $3, $4) ON CONFLICT (provider) DO UPDATE SET"
                + " source = EXCLUDED.source, name = EXCLUDED.name, pattern = EXCLUDED.pattern,"
                + " updated_at = now()")
        .execute(
            Tuple.of(
                provider,
                rule.source().name(),
                rule.name(),
                rule.pattern() == null ? null : rule.pattern().pattern()))
        .replaceWithVoid();
  }
}
