package io.vitrine.tenant.stores;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StoreRepository implements PanacheRepository<Store> {

  public Uni<List<Store>> listAllOrdered() {
    return list("order by id");
  }

  /** Stores whose labels contain every given label, e.g. {"region": "north"}. */
  public Uni<List<Store>> listWithLabels(String labelsAsJson) {
    return getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        // Through text: the PostgreSQL client would send a String as a JSON string.
                        "select * from stores"
                            + " where labels @> cast(cast(:labels as text) as jsonb) order by id",
                        Store.class)
                    .setParameter("labels", labelsAsJson)
                    .getResultList());
  }

  public Uni<Boolean> existsWithPosLocationId(String posLocationId) {
    return count("posLocationId", posLocationId).map(count -> count > 0);
  }
}
