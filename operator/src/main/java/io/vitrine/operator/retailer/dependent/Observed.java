package io.vitrine.operator.retailer.dependent;

import io.vitrine.operator.platform.PlatformUnavailableException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The observed state of an external part. The operator SDK's Quarkus build inspects secondary
 * resource types through the Jandex index, which knows no {@code java.lang.Record}; the platform
 * clients' records travel inside these plain classes instead.
 */
abstract class Observed<T> {

  private final T state;

  /** {@code state} is null when the service could not be reached. */
  Observed(T state) {
    this.state = state;
  }

  T state() {
    return Objects.requireNonNull(state, "the service was unreachable");
  }

  /** Observes a part: its state, nothing when it is absent, or the unreachable marker. */
  static <T, O extends Observed<T>> Set<O> observe(
      Supplier<Optional<T>> find, Function<T, O> wrap) {
    try {
      return find.get().map(wrap).map(Set::of).orElse(Set.of());
    } catch (PlatformUnavailableException e) {
      return Set.of(wrap.apply(null));
    }
  }

  boolean reachable() {
    return state != null;
  }

  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && Objects.equals(state, ((Observed<?>) other).state);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(state);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + (reachable() ? state : "unreachable") + "]";
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
