package io.vitrine.tenant.checkout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.vitrine.tenant.audit.AuditRow;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Audit entries whose details are records written as snake_case JSON. */
public final class AuditDetails {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private AuditDetails() {}

  /** An entry that happened now. */
  public static AuditRow entry(
      String actor, String action, String targetType, String targetId, Object details) {
    return entryAt(
        OffsetDateTime.now(ZoneOffset.UTC), actor, action, targetType, targetId, details);
  }

  /**
   * @param occurredAt when it happened; null for the time of the transaction that writes it
   */
  public static AuditRow entryAt(
      OffsetDateTime occurredAt,
      String actor,
      String action,
      String targetType,
      String targetId,
      Object details) {
    try {
      return new AuditRow(
          occurredAt, actor, action, targetType, targetId, JSON.writeValueAsString(details));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit details cannot be written as JSON", e);
    }
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
