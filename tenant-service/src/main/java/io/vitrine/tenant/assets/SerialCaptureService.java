package io.vitrine.tenant.assets;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.pos.LineTag;
import io.vitrine.tenant.pos.vendor.LightspeedXApi;
import io.vitrine.tenant.pos.vendor.LightspeedXSerialNumbers.SoldSerial;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code SERIAL_CAPTURE} follow-up of a stored sale: for each line of a serialized product,
 * finds its serials by the retailer's rule and records each as sold (or resold) to the sale's
 * customer, in one transaction with the sale's audit rows. A line with fewer serials than units
 * raises a {@code MISSING_SERIAL} task, resolved by itself when a newer version of the sale brings
 * them; a serial the chain of custody says a customer already holds (sold, resold or transferred to
 * them, not returned or received back since) raises {@code DUPLICATE_SERIAL} and changes no owner;
 * an asset reported stolen is recorded, flagged, and raises {@code STOLEN_TOUCH}. Run again, it
 * records nothing twice (one sale event per asset and sale).
 */
@ApplicationScoped
public class SerialCaptureService {

  static final String ACTOR = "system:pos-sale";

  private final Database database;
  private final AssetRepository assets;
  private final SerialRuleRepository rules;
  private final LightspeedXApi lightspeedX;

  public SerialCaptureService(
      Database database,
      AssetRepository assets,
      SerialRuleRepository rules,
      LightspeedXApi lightspeedX) {
    this.database = database;
    this.assets = assets;
    this.rules = rules;
    this.lightspeedX = lightspeedX;
  }

  public Uni<Void> onSale(long saleId) {
    return assets
        .sale(database.client(), saleId)
        .flatMap(
            found ->
                found
                    .map(
                        sale ->
                            rules
                                .rule(database.client(), sale.provider())
                                .flatMap(rule -> capture(sale, rule)))
                    .orElseGet(() -> Uni.createFrom().voidItem()));
  }

  // The vendor is asked only for a sale with a serialized line, outside the transaction.
  private Uni<Void> capture(AssetRepository.SaleHeader sale, SerialRule rule) {
    return assets
        .serializedLines(database.client(), sale.saleId())
        .flatMap(
            lines ->
                lines.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : vendorSerials(sale, rule)
                        .flatMap(
                            vendorSerials ->
                                database.inTransaction(
                                    connection -> capture(connection, sale, rule, vendorSerials))));
  }

  private Uni<List<SoldSerial>> vendorSerials(AssetRepository.SaleHeader sale, SerialRule rule) {
    if (rule.readsTags() || !"lightspeed-x".equals(sale.provider())) {
      return Uni.createFrom().item(List.of());
    }
    return Uni.createFrom()
        .item(() -> lightspeedX.serialNumbersOfSale(sale.posSaleId()))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  private Uni<Void> capture(
      SqlConnection connection,
      AssetRepository.SaleHeader sale,
      SerialRule rule,
      List<SoldSerial> vendorSerials) {
    return assets
        .serializedLines(connection, sale.saleId())
        .flatMap(
            lines ->
                assets
                    .tags(connection, sale.saleId())
                    .flatMap(
                        tags ->
                            captureLines(
                                connection,
                                sale,
                                lines,
                                serialsByLine(rule, tags, vendorSerials))));
  }

  /** Each line's serials: from its tags by the rule, or the vendor's serials by line item id. */
  static Map<Integer, List<String>> serialsByLine(
      SerialRule rule, List<LineTag> tags, List<SoldSerial> vendorSerials) {
    var tagsByLine = new LinkedHashMap<Integer, List<LineTag>>();
    tags.forEach(
        tag -> tagsByLine.computeIfAbsent(tag.lineNumber(), n -> new ArrayList<>()).add(tag));
    var serials = new HashMap<Integer, List<String>>();
    if (rule.readsTags()) {
      tagsByLine.forEach((line, lineTags) -> serials.put(line, rule.serialsIn(lineTags)));
      return serials;
    }
    var lineOfItem = new HashMap<String, Integer>();
    tags.stream()
        .filter(tag -> tag.source() == LineTag.Source.LINE_ITEM_ID)
        .forEach(tag -> lineOfItem.put(tag.value(), tag.lineNumber()));
    for (SoldSerial serial : vendorSerials) {
      Integer line = lineOfItem.get(serial.lineItemId());
      if (line != null) {
        List<String> ofLine = serials.computeIfAbsent(line, n -> new ArrayList<>());
        if (!ofLine.contains(serial.code())) {
          ofLine.add(serial.code());
        }
      }
    }
    return serials;
  }

  private Uni<Void> captureLines(
      SqlConnection connection,
      AssetRepository.SaleHeader sale,
      List<AssetRepository.SoldLine> lines,
      Map<Integer, List<String>> serials) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (AssetRepository.SoldLine line : lines) {
      List<String> found = serials.getOrDefault(line.lineNumber(), List.of());
      chain = chain.flatMap(done -> captureLine(connection, sale, line, found));
    }
    return chain;
  }

  private Uni<Void> captureLine(
      SqlConnection connection,
      AssetRepository.SaleHeader sale,
      AssetRepository.SoldLine line,
      List<String> serials) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (String serial : serials) {
      chain = chain.flatMap(done -> recordSale(connection, sale, line, serial));
    }
    int missing = line.quantity() - serials.size();
    if (missing > 0) {
      return chain.flatMap(done -> missingSerial(connection, sale, line, missing));
    }
    return chain.flatMap(
        done -> assets.resolveMissingSerial(connection, sale.saleId(), line.lineNumber(), ACTOR));
  }

  private Uni<Void> missingSerial(
      SqlConnection connection,
      AssetRepository.SaleHeader sale,
      AssetRepository.SoldLine line,
      int missing) {
    var details = Map.<String, Object>of("missing", missing, "quantity", line.quantity());
    return assets
        .task(
            connection,
            new AssetRepository.NewTask(
                AssetTaskKind.MISSING_SERIAL,
                sale.saleId(),
                line.lineNumber(),
                null,
                null,
                line.sku(),
                sale.storeId(),
                details))
        .flatMap(
            done ->
                AuditRows.append(
                    connection,
                    AuditRow.of(
                        ACTOR,
                        "asset.serial-missing",
                        "sale",
                        Long.toString(sale.saleId()),
                        Map.of(
                            "sourceTransaction", sale.sourceTransaction(),
                            "sku", line.sku(),
                            "line", line.lineNumber(),
                            "missing", missing))));
  }

  private Uni<Void> recordSale(
      SqlConnection connection,
      AssetRepository.SaleHeader sale,
      AssetRepository.SoldLine line,
      String serial) {
    return assets
        .lock(connection, line.sku(), serial, line.gtin(), sale.storeId())
        .flatMap(
            asset ->
                assets
                    .saleRecorded(connection, asset.id(), sale.saleId())
                    .flatMap(
                        recorded ->
                            recorded
                                ? Uni.createFrom().voidItem()
                                : assets
                                    .holding(connection, asset.id())
                                    .flatMap(
                                        holding ->
                                            recordNewSale(
                                                connection, sale, line, asset, holding))));
  }

  private Uni<Void> recordNewSale(
      SqlConnection connection,
      AssetRepository.SaleHeader sale,
      AssetRepository.SoldLine line,
      AssetRepository.LockedAsset asset,
      AssetRepository.Holding holding) {
    if (holding.lastOwnership() != null && holding.lastOwnership().hasNewOwner()) {
      return duplicate(connection, sale, line, asset, holding);
    }
    AssetEventKind kind = holding.soldBefore() ? AssetEventKind.RESOLD : AssetEventKind.SOLD;
    var event =
        new AssetRepository.NewEvent(
            sale.occurredAt(),
            asset.id(),
            kind,
            sale.storeId(),
            sale.customerId(),
            sale.saleId(),
            sale.sourceTransaction(),
            ACTOR,
            asset.stolen(),
            Map.of("line", line.lineNumber()));
    return assets
        .append(connection, event)
        .flatMap(
            eventId ->
                assets
                    .update(
                        connection, asset.id(), sale.storeId(), sale.customerId(), asset.stolen())
                    .flatMap(done -> stolenTouch(connection, asset, eventId, sale, line))
                    .flatMap(
                        done ->
                            AuditRows.append(
                                connection,
                                AuditRow.of(
                                    ACTOR,
                                    "asset." + kind.name().toLowerCase(),
                                    "asset",
                                    Long.toString(asset.id()),
                                    Map.of(
                                        "sourceTransaction", sale.sourceTransaction(),
                                        "sku", asset.sku(),
                                        "stolenFlag", asset.stolen())))));
  }

  private Uni<Void> stolenTouch(
      SqlConnection connection,
      AssetRepository.LockedAsset asset,
      long eventId,
      AssetRepository.SaleHeader sale,
      AssetRepository.SoldLine line) {
    if (!asset.stolen()) {
      return Uni.createFrom().voidItem();
    }
    return assets.task(
        connection,
        new AssetRepository.NewTask(
            AssetTaskKind.STOLEN_TOUCH,
            sale.saleId(),
            line.lineNumber(),
            asset.id(),
            eventId,
            asset.sku(),
            sale.storeId(),
            Map.of("touch", "SALE", "sourceTransaction", sale.sourceTransaction())));
  }

  private Uni<Void> duplicate(
      SqlConnection connection,
      AssetRepository.SaleHeader sale,
      AssetRepository.SoldLine line,
      AssetRepository.LockedAsset asset,
      AssetRepository.Holding holding) {
    return assets
        .posSaleId(connection, holding.lastSaleId())
        .flatMap(
            earlier -> {
              var details = new LinkedHashMap<String, Object>();
              details.put("sourceTransaction", sale.sourceTransaction());
              details.put("heldSince", earlier.orElse(holding.lastOwnership().name()));
              details.put("stolenFlag", asset.stolen());
              return assets
                  .task(
                      connection,
                      new AssetRepository.NewTask(
                          AssetTaskKind.DUPLICATE_SERIAL,
                          sale.saleId(),
                          line.lineNumber(),
                          asset.id(),
                          null,
                          asset.sku(),
                          sale.storeId(),
                          details))
                  .flatMap(
                      done ->
                          AuditRows.append(
                              connection,
                              AuditRow.of(
                                  ACTOR,
                                  "asset.duplicate-serial",
                                  "asset",
                                  Long.toString(asset.id()),
                                  details)));
            });
  }
}
