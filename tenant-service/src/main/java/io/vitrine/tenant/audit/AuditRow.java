package io.vitrine.tenant.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * One row of {@code audit_log} as {@link AuditRows} writes it and code reads it back. Actors are
 * Keycloak subject ids (never names or e-mail addresses) or a system name such as {@code
 * "system:catalog-import"}; details carry no PII or secrets.
 *
 * @param occurredAt when it happened; null on a row to write means the transaction's time
 * @param details JSON text
 */
public record AuditRow(
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String targetType,
    String targetId,
    String details) {

  /** Audit details are small maps of plain values: the default Jackson mapping is enough. */
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  /**
   * A row saying that {@code actor} did {@code action} (e.g. {@code "associate.disabled"}) to the
   * target {@code targetType}/{@code targetId} (both may be null), at the transaction's time.
   */
  public static AuditRow of(
      String actor, String action, String targetType, String targetId, Map<String, ?> details) {
    return new AuditRow(
        null,
        requireText(actor, "actor"),
        requireText(action, "action"),
        targetType,
        targetId,
        json(details == null ? Map.of() : details));
  }

  private static String requireText(String value, String name) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private static String json(Map<String, ?> details) {
    try {
      return JSON.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit details cannot be written as JSON", e);
    }
  }
}
