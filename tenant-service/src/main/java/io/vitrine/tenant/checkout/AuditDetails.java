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

  public static AuditRow entry(
      String actor, String action, String targetType, String targetId, Object details) {
    try {
      return new AuditRow(
          OffsetDateTime.now(ZoneOffset.UTC),
          actor,
          action,
          targetType,
          targetId,
          JSON.writeValueAsString(details));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit details cannot be written as JSON", e);
    }
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
