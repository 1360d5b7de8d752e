package io.vitrine.tenant.stores;

import static io.vitrine.tenant.common.problem.ProblemType.POS_LOCATION_TAKEN;
import static io.vitrine.tenant.common.problem.ProblemType.STORE_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.db.UniqueViolations;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Stores of the tenant: lookups, creation, labelling and removal, each in its own transaction. */
@ApplicationScoped
public class StoreService {

  private final Database database;
  private final StoreRepository stores;

  public StoreService(Database database, StoreRepository stores) {
    this.database = database;
    this.stores = stores;
  }

  public Uni<List<Store>> list(Map<String, String> requiredLabels) {
    if (requiredLabels.isEmpty()) {
      return stores.listAllOrdered(database.client());
    }
    return stores.listWithLabels(database.client(), requiredLabels);
  }

  public Uni<Store> get(long id) {
    return stores
        .findById(database.client(), id)
        .map(found -> found.orElseThrow(() -> Problem.of(STORE_NOT_FOUND, id)));
  }

  public Uni<Store> create(String posLocationId, String name, Map<String, String> labels) {
    return database
        .inTransaction(connection -> stores.insert(connection, posLocationId, name, labels))
        .map(created -> created.orElseThrow(() -> Problem.of(POS_LOCATION_TAKEN, posLocationId)))
        .onFailure(UniqueViolations::isOne)
        .transform(e -> Problem.of(POS_LOCATION_TAKEN, posLocationId));
  }

  public Uni<Store> replaceLabels(long id, Map<String, String> labels) {
    return database
        .inTransaction(connection -> stores.replaceLabels(connection, id, labels))
        .map(replaced -> replaced.orElseThrow(() -> Problem.of(STORE_NOT_FOUND, id)));
  }

  public Uni<Void> delete(long id) {
    return database
        .inTransaction(connection -> stores.deleteById(connection, id))
        .flatMap(
            deleted ->
                deleted
                    ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(Problem.of(STORE_NOT_FOUND, id)));
  }
}
