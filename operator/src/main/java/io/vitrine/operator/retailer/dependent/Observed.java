package io.vitrine.operator.retailer.dependent;

import java.util.Objects;

/**
 * The observed state of an external part. The operator SDK's Quarkus build inspects secondary
 * resource types through the Jandex index, which knows no {@code java.lang.Record}; the platform
 * clients' records travel inside these plain classes instead.
 */
abstract class Observed<T> {

  private final T state;

  Observed(T state) {
    this.state = Objects.requireNonNull(state);
  }

  T state() {
    return state;
  }

  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && state.equals(((Observed<?>) other).state);
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + state + "]";
  }

  static final class Database
      extends Observed<io.vitrine.operator.platform.postgres.TenantDatabase> {
    Database(io.vitrine.operator.platform.postgres.TenantDatabase state) {
      super(state);
    }
  }

  static final class CatalogIndex
      extends Observed<io.vitrine.operator.platform.opensearch.CatalogIndex> {
    CatalogIndex(io.vitrine.operator.platform.opensearch.CatalogIndex state) {
      super(state);
    }
  }

  static final class Realm extends Observed<io.vitrine.operator.platform.keycloak.TenantRealm> {
    Realm(io.vitrine.operator.platform.keycloak.TenantRealm state) {
      super(state);
    }
  }
}
