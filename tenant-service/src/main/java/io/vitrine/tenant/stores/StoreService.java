package io.vitrine.tenant.stores;

import static io.vitrine.tenant.common.problem.ProblemType.POS_LOCATION_TAKEN;
import static io.vitrine.tenant.common.problem.ProblemType.STORE_NOT_FOUND;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.db.UniqueViolations;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
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

  public Uni<Store> create(
      String posLocationId, String name, Map<String, String> labels, Coordinates coordinates) {
    return database
        .inTransaction(
            connection -> stores.insert(connection, posLocationId, name, labels, coordinates))
        .map(created -> created.orElseThrow(() -> Problem.of(POS_LOCATION_TAKEN, posLocationId)))
        .onFailure(UniqueViolations::isOne)
        .transform(e -> Problem.of(POS_LOCATION_TAKEN, posLocationId));
  }

  public Uni<Store> replaceLabels(long id, Map<String, String> labels) {
    return database
        .inTransaction(connection -> stores.replaceLabels(connection, id, labels))
        .map(replaced -> replaced.orElseThrow(() -> Problem.of(STORE_NOT_FOUND, id)));
  }

  /** Sets (or, with null, clears) where the store is. */
  public Uni<Store> replaceCoordinates(long id, Coordinates coordinates) {
    return database
        .inTransaction(connection -> stores.replaceCoordinates(connection, id, coordinates))
        .map(replaced -> replaced.orElseThrow(() -> Problem.of(STORE_NOT_FOUND, id)));
  }

  /** The stores with these POS location ids, by location id; unknown locations are absent. */
  public Uni<Map<String, Long>> idsByLocation(Collection<String> posLocationIds) {
    return stores.idsByLocation(database.client(), posLocationIds);
  }

  /**
   * The stores of these POS locations, by location id, adding a store named after each location no
   * store has yet (with no labels, as for sales), so that nothing the POS reports is lost.
   */
  public Uni<Map<String, Long>> idsByLocationAddingUnknown(Collection<String> posLocationIds) {
    return stores
        .insertUnknownLocations(database.client(), posLocationIds)
        .flatMap(added -> idsByLocation(posLocationIds));
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
