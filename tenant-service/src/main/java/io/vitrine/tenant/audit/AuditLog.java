package io.vitrine.tenant.audit;

import static io.vitrine.tenant.common.problem.ProblemType.AUDIT_UNAVAILABLE;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Appends to the tenant's append-only audit log. Actors are Keycloak subject ids (never names or
 * e-mail addresses) or a system name such as {@code "system:catalog-import"}; details must carry no
 * PII or secrets.
 *
 * <p>{@link #append} joins the caller's reactive transaction when there is one (so an action and
 * its audit record commit together) and opens its own otherwise. Code on a worker thread uses
 * {@link #appendAndWait}.
 */
@ApplicationScoped
public class AuditLog {

  private final AuditRepository entries;

  public AuditLog(AuditRepository entries) {
    this.entries = entries;
  }

  /**
   * Records that {@code actor} did {@code action} (e.g. {@code "associate.disabled"}) to the target
   * {@code targetType}/{@code targetId} (both may be null).
   */
  @WithTransaction
  public Uni<Void> append(
      String actor, String action, String targetType, String targetId, Map<String, ?> details) {
    var entry = new AuditEntry();
    entry.actor = requireText(actor, "actor");
    entry.action = requireText(action, "action");
    entry.targetType = targetType;
    entry.targetId = targetId;
    entry.details = details == null ? new HashMap<>() : new HashMap<>(details);
    return entries.persist(entry).replaceWithVoid();
  }

  /** {@link #append} from a worker thread: blocks until the record is committed. */
  public void appendAndWait(
      String actor, String action, String targetType, String targetId, Map<String, ?> details) {
    try {
      VertxContextSupport.subscribeAndAwait(
          () -> append(actor, action, targetType, targetId, details));
    } catch (Throwable e) {
      throw Problem.of(AUDIT_UNAVAILABLE).because("the audit log could not be written").causedBy(e);
    }
  }

  private static String requireText(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
