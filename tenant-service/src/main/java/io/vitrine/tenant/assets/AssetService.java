package io.vitrine.tenant.assets;

import static io.vitrine.tenant.common.problem.ProblemType.ASSET_NOT_FOUND;
import static io.vitrine.tenant.common.problem.ProblemType.ASSET_TASK_NOT_FOUND;
import static io.vitrine.tenant.common.problem.ProblemType.PASSPORT_UNAVAILABLE;
import static io.vitrine.tenant.common.problem.ProblemType.STORE_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The asset registry as people use it: items received, events recorded by hand (each touch of an
 * asset reported stolen is flagged, audited and raises a task), look-ups at the till with the
 * warranty left, and the chain of custody. Each change commits with its audit row.
 */
@ApplicationScoped
public class AssetService {

  private final Database database;
  private final AssetRepository assets;
  private final WarrantyRepository warranties;
  private final Clock clock;

  public AssetService(Database database, AssetRepository assets, WarrantyRepository warranties) {
    this.database = database;
    this.assets = assets;
    this.warranties = warranties;
    this.clock = Clock.systemUTC();
  }

  /** What the till shows for one asset. */
  public Uni<AssetView> view(long assetId) {
    SqlClient sql = database.client();
    return summary(sql, assetId)
        .flatMap(
            asset ->
                assets
                    .custody(sql, null, null, assetId)
                    .flatMap(
                        chain ->
                            Uni.combine()
                                .all()
                                .unis(
                                    assets.lastSale(sql, assetId),
                                    warranty(sql, asset.sku(), assetId, chain),
                                    assets.openTasks(sql, assetId, null, 50))
                                .asTuple()
                                .map(
                                    found ->
                                        new AssetView(
                                            asset,
                                            found.getItem1().orElse(null),
                                            found.getItem2(),
                                            chain.stream()
                                                .filter(e -> e.kind() == AssetEventKind.SERVICED)
                                                .toList(),
                                            found.getItem3()))));
  }

  private Uni<WarrantyStatus> warranty(
      SqlClient sql, String sku, long assetId, List<CustodyEvent> chain) {
    return warranties
        .ruleFor(sql, sku)
        .flatMap(
            rule ->
                warranties
                    .extensionMonths(sql, assetId)
                    .map(
                        months ->
                            WarrantyCoverage.of(
                                rule.orElse(null), chain, months, LocalDate.now(clock))));
  }

  public Uni<WarrantyStatus> warranty(long assetId) {
    SqlClient sql = database.client();
    return summary(sql, assetId)
        .flatMap(
            asset ->
                assets
                    .custody(sql, null, null, assetId)
                    .flatMap(chain -> warranty(sql, asset.sku(), assetId, chain)));
  }

  public Uni<List<AssetView.Summary>> bySerial(String serial) {
    return assets.bySerial(database.client(), serial);
  }

  public Uni<List<AssetView.Summary>> byOwner(String pseudonym) {
    return assets.byOwner(database.client(), pseudonym);
  }

  /** The chain of custody of every asset with this serial (of this product, if given). */
  public Uni<List<CustodyEvent>> custody(String serial, String sku) {
    return assets.custody(database.client(), serial, sku, null);
  }

  public Uni<List<CustodyEvent>> custody(long assetId) {
    return summary(database.client(), assetId)
        .flatMap(asset -> assets.custody(database.client(), null, null, assetId));
  }

  private Uni<AssetView.Summary> summary(SqlClient sql, long assetId) {
    return assets
        .find(sql, assetId)
        .map(found -> found.orElseThrow(() -> Problem.of(ASSET_NOT_FOUND, assetId)));
  }

  /** An item received into a store: a new asset, or a known one back (a buy-back). */
  public Uni<Touch> receive(AssetRequests.Receive request, String actor) {
    return database.inTransaction(
        connection ->
            requireStore(connection, request.storeId())
                .flatMap(ok -> assets.gtinOf(connection, request.sku()))
                .flatMap(
                    gtin ->
                        assets.lock(
                            connection,
                            request.sku(),
                            request.serial().trim(),
                            gtin.orElseThrow(
                                    () -> Problem.invalid("sku", "is not a catalog product"))
                                .transform(value -> value.isBlank() ? null : value),
                            request.storeId()))
                .flatMap(
                    asset ->
                        touch(
                            connection,
                            asset,
                            new AssetRequests.Event(
                                AssetEventKind.RECEIVED,
                                request.storeId(),
                                null,
                                request.sourceTransactionId(),
                                null),
                            actor)));
  }

  /** What a person recorded about an asset. */
  public Uni<Touch> record(long assetId, AssetRequests.Event request, String actor) {
    if (!AssetEventKind.RECORDED_BY_HAND.contains(request.kind())) {
      throw Problem.invalid(
          "kind", "sales come from the POS and authentications from their own endpoint");
    }
    if (ownerRequired(request.kind()) && request.customerPseudonym() == null) {
      throw Problem.invalid("customerPseudonym", "is required for " + request.kind());
    }
    return database.inTransaction(
        connection ->
            lockOrFail(connection, assetId)
                .call(
                    asset ->
                        request.storeId() == null
                            ? Uni.createFrom().voidItem()
                            : requireStore(connection, request.storeId()))
                .flatMap(asset -> touch(connection, asset, request, actor)));
  }

  private static boolean ownerRequired(AssetEventKind kind) {
    return kind == AssetEventKind.TRANSFERRED || kind == AssetEventKind.RESOLD;
  }

  Uni<AssetRepository.LockedAsset> lockOrFail(SqlConnection connection, long assetId) {
    return assets
        .lock(connection, assetId)
        .map(found -> found.orElseThrow(() -> Problem.of(ASSET_NOT_FOUND, assetId)));
  }

  private Uni<Void> requireStore(SqlClient sql, long storeId) {
    return assets
        .storeExists(sql, storeId)
        .map(
            exists -> {
              if (!exists) {
                throw Problem.of(STORE_NOT_FOUND, storeId);
              }
              return null;
            });
  }

  /** The result of a touch: the event, and whether the asset was reported stolen. */
  public record Touch(long eventId, AssetEventKind kind, boolean stolenFlag, long assetId) {}

  /**
   * Appends the event on the locked asset, moves or changes its owner as the event says, flags and
   * tasks a touch of a stolen asset, and audits it, all in the caller's transaction.
   */
  Uni<Touch> touch(
      SqlConnection connection,
      AssetRepository.LockedAsset asset,
      AssetRequests.Event request,
      String actor) {
    return assets
        .customerId(connection, request.customerPseudonym())
        .flatMap(
            owner -> {
              if (request.customerPseudonym() != null && owner.isEmpty()) {
                throw Problem.invalid("customerPseudonym", "is no known customer");
              }
              return append(connection, asset, request, owner, actor, Map.of());
            });
  }

  Uni<Touch> append(
      SqlConnection connection,
      AssetRepository.LockedAsset asset,
      AssetRequests.Event request,
      Optional<Long> owner,
      String actor,
      Map<String, Object> extra) {
    AssetEventKind kind = request.kind();
    boolean stolenBefore = asset.stolen();
    boolean stolenAfter = stolenBefore || kind == AssetEventKind.REPORTED_STOLEN;
    var details = new LinkedHashMap<String, Object>(extra);
    if (request.underWarranty() != null) {
      details.put("underWarranty", request.underWarranty());
    }
    var event =
        new AssetRepository.NewEvent(
            null,
            asset.id(),
            kind,
            request.storeId(),
            owner.orElse(null),
            null,
            request.sourceTransactionId(),
            actor,
            stolenBefore,
            details);
    return assets
        .append(connection, event)
        .call(eventId -> move(connection, asset, kind, request.storeId(), owner, stolenAfter))
        .call(
            eventId ->
                stolenBefore
                    ? assets.task(connection, stolenTask(asset, eventId, request))
                    : Uni.createFrom().voidItem())
        .call(
            eventId ->
                AuditRows.append(
                    connection,
                    AuditRow.of(
                        actor,
                        "asset." + kind.name().toLowerCase().replace('_', '-'),
                        "asset",
                        Long.toString(asset.id()),
                        Map.of(
                            "sourceTransaction", request.sourceTransactionId(),
                            "sku", asset.sku(),
                            "stolenFlag", stolenBefore))))
        .map(eventId -> new Touch(eventId, kind, stolenBefore, asset.id()));
  }

  private Uni<Void> move(
      SqlConnection connection,
      AssetRepository.LockedAsset asset,
      AssetEventKind kind,
      Long storeId,
      Optional<Long> owner,
      boolean stolen) {
    if (kind.hasNewOwner()) {
      return assets.update(connection, asset.id(), storeId, owner.orElse(null), stolen);
    }
    if (kind.backWithRetailer()) {
      return assets.update(connection, asset.id(), storeId, null, stolen);
    }
    return assets.updateStore(connection, asset.id(), storeId, stolen);
  }

  private static AssetRepository.NewTask stolenTask(
      AssetRepository.LockedAsset asset, long eventId, AssetRequests.Event request) {
    return new AssetRepository.NewTask(
        AssetTaskKind.STOLEN_TOUCH,
        null,
        null,
        asset.id(),
        eventId,
        asset.sku(),
        request.storeId(),
        Map.of("touch", request.kind().name(), "sourceTransaction", request.sourceTransactionId()));
  }

  /** Open tasks, of one store if given, oldest first. */
  public Uni<List<AssetTask>> openTasks(Long storeId) {
    return assets.openTasks(database.client(), null, storeId, 200);
  }

  /** Marks an open task resolved, audited. */
  public Uni<Void> resolveTask(long taskId, String actor) {
    return database.inTransaction(
        connection ->
            assets
                .resolveTask(connection, taskId, actor)
                .flatMap(
                    resolved -> {
                      if (!resolved) {
                        throw Problem.of(ASSET_TASK_NOT_FOUND, taskId);
                      }
                      return AuditRows.append(
                          connection,
                          AuditRow.of(
                              actor,
                              "asset-task.resolved",
                              "asset-task",
                              Long.toString(taskId),
                              Map.of()));
                    }));
  }

  /** The GS1 Digital Link of the asset, for the receipt. */
  public Uni<String> passport(long assetId) {
    return summary(database.client(), assetId)
        .map(
            asset ->
                DigitalLink.of(asset.gtin(), asset.serial())
                    .orElseThrow(
                        () ->
                            Problem.of(
                                PASSPORT_UNAVAILABLE,
                                DigitalLink.gtin14(asset.gtin()).isEmpty()
                                    ? "The product has no valid GTIN."
                                    : "The serial cannot be carried in GS1 AI 21.")));
  }
}
