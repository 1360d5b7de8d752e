package io.vitrine.tenant.stores;

import static io.vitrine.tenant.common.problem.ProblemType.POS_LOCATION_TAKEN;
import static io.vitrine.tenant.common.problem.ProblemType.STORE_NOT_FOUND;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.db.UniqueViolations;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stores of the tenant: lookups, creation, labelling and removal, each in its own transaction. */
@ApplicationScoped
public class StoreService {

  private final StoreRepository stores;
  private final ObjectMapper json;

  public StoreService(StoreRepository stores, ObjectMapper json) {
    this.stores = stores;
    this.json = json;
  }

  @WithSession
  public Uni<List<Store>> list(Map<String, String> requiredLabels) {
    if (requiredLabels.isEmpty()) {
      return stores.listAllOrdered();
    }
    return stores.listWithLabels(toJson(requiredLabels));
  }

  @WithSession
  public Uni<Store> get(long id) {
    return stores.findById(id).onItem().ifNull().failWith(() -> Problem.of(STORE_NOT_FOUND, id));
  }

  @WithTransaction
  public Uni<Store> create(String posLocationId, String name, Map<String, String> labels) {
    return stores
        .existsWithPosLocationId(posLocationId)
        .flatMap(
            taken -> {
              if (taken) {
                return Uni.createFrom().failure(Problem.of(POS_LOCATION_TAKEN, posLocationId));
              }
              var store = new Store();
              store.posLocationId = posLocationId;
              store.name = name;
              store.labels = new HashMap<>(labels);
              return stores.persistAndFlush(store);
            })
        .onFailure(UniqueViolations::isOne)
        .transform(e -> Problem.of(POS_LOCATION_TAKEN, posLocationId));
  }

  @WithTransaction
  public Uni<Store> replaceLabels(long id, Map<String, String> labels) {
    return stores
        .findById(id)
        .onItem()
        .ifNull()
        .failWith(() -> Problem.of(STORE_NOT_FOUND, id))
        .flatMap(
            store -> {
              store.labels = new HashMap<>(labels);
              return stores.flush().replaceWith(store);
            });
  }

  @WithTransaction
  public Uni<Void> delete(long id) {
    return stores
        .deleteById(id)
        .flatMap(
            deleted ->
                deleted
                    ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(Problem.of(STORE_NOT_FOUND, id)));
  }

  private String toJson(Map<String, String> labels) {
    try {
      return json.writeValueAsString(labels);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("labels cannot be written as JSON", e);
    }
  }
}
