package io.vitrine.tenant.assets;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vitrine.tenant.common.db.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authentication records: who checked an asset, against what (documents, movement, the serial
 * against the papers, photos by reference) and the result, stored with an {@code AUTHENTICATED}
 * event of the chain of custody (flagged like any touch when the asset is reported stolen).
 */
@ApplicationScoped
public class AuthenticationService {

  private final Database database;
  private final AssetService assets;

  public AuthenticationService(Database database, AssetService assets) {
    this.database = database;
    this.assets = assets;
  }

  /** The stored record. */
  public record Record(
      long id,
      long assetId,
      long eventId,
      AssetRequests.AuthenticationResult result,
      boolean stolenFlag,
      String passport) {

    Record withPassport(String uri) {
      return new Record(id, assetId, eventId, result, stolenFlag, uri);
    }
  }

  public Uni<Record> authenticate(
      long assetId, AssetRequests.Authentication request, String actor) {
    var event =
        new AssetRequests.Event(
            AssetEventKind.AUTHENTICATED, null, null, request.sourceTransactionId(), null);
    return database
        .inTransaction(
            connection ->
                assets
                    .lockOrFail(connection, assetId)
                    .flatMap(
                        asset ->
                            assets.append(
                                connection,
                                asset,
                                event,
                                Optional.empty(),
                                actor,
                                Map.of("result", request.result().name())))
                    .flatMap(touch -> store(connection, assetId, touch, request, actor)))
        .flatMap(
            stored ->
                assets
                    .passport(assetId)
                    .map(uri -> stored.withPassport(uri))
                    .onFailure()
                    .recoverWithItem(stored));
  }

  private Uni<Record> store(
      SqlConnection connection,
      long assetId,
      AssetService.Touch touch,
      AssetRequests.Authentication request,
      String actor) {
    return connection
        .preparedQuery(
            "INSERT INTO asset_authentications (asset_id, event_id, checked_by, documents,"
                + " movement_match, serial_match, photo_refs, result)"
                + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
        .execute(
            Tuple.of(assetId, touch.eventId(), actor, texts(request.documents()))
                .addValue(request.movementMatches())
                .addValue(request.serialMatches())
                .addValue(texts(request.photoRefs()))
                .addValue(request.result().name()))
        .map(
            rows ->
                new Record(
                    rows.iterator().next().getLong(0),
                    assetId,
                    touch.eventId(),
                    request.result(),
                    touch.stolenFlag(),
                    null));
  }

  private static String[] texts(List<String> values) {
    return values == null ? new String[0] : values.toArray(String[]::new);
  }
}
