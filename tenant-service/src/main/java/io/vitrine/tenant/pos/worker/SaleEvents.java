package io.vitrine.tenant.pos.worker;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.pos.sale.NormalizedSale;
import io.vitrine.tenant.pos.sale.SaleBatchWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the sales of many leased events and marks those events PROCESSED, all in one transaction
 * ({@link SaleBatchWriter}): either every sale of the batch is stored with its follow-ups and its
 * event is done, or nothing is and the events stay leased, to be applied one by one or again.
 */
@ApplicationScoped
class SaleEvents {

  /** A leased event and the sale it describes (empty: it describes none). */
  record Parsed(StoredEvent event, Optional<NormalizedSale> sale) {}

  private final Database database;
  private final SaleBatchWriter writer;
  private final EventQueue queue;

  SaleEvents(Database database, SaleBatchWriter writer, EventQueue queue) {
    this.database = database;
    this.writer = writer;
    this.queue = queue;
  }

  /** Each event's outcome for the meters, in order: applied, unchanged or skipped. */
  Uni<List<String>> apply(List<Parsed> events) {
    List<NormalizedSale> sales = events.stream().flatMap(each -> each.sale().stream()).toList();
    List<Long> ids = events.stream().map(each -> each.event().id()).toList();
    // Sent together with the batch's first statements: it needs none of their results.
    return database.inTransaction(
        connection ->
            Uni.combine()
                .all()
                .unis(queue.processed(connection, ids), writer.apply(connection, sales))
                .asTuple()
                .map(done -> outcomes(events, done.getItem2())));
  }

  private static List<String> outcomes(List<Parsed> events, List<Boolean> applied) {
    var outcomes = new ArrayList<String>(events.size());
    int sale = 0;
    for (Parsed each : events) {
      if (each.sale().isEmpty()) {
        outcomes.add("skipped");
      } else {
        outcomes.add(applied.get(sale++) ? "applied" : "unchanged");
      }
    }
    return outcomes;
  }
}
