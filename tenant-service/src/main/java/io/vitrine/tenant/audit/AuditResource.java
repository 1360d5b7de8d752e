package io.vitrine.tenant.audit;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The audit log, for auditors only: the people whose actions it records (store managers, retailer
 * admins) do not review it themselves (separation of duties).
 */
@Path("/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AuditResource {

  private final AuditRepository entries;

  public AuditResource(AuditRepository entries) {
    this.entries = entries;
  }

  /** One audit entry as the API shows it. */
  public record AuditEntryResponse(
      long id,
      Instant occurredAt,
      String actor,
      String action,
      String targetType,
      String targetId,
      Map<String, Object> details) {

    static AuditEntryResponse of(AuditEntry entry) {
      return new AuditEntryResponse(
          entry.id(),
          entry.occurredAt(),
          entry.actor(),
          entry.action(),
          entry.targetType(),
          entry.targetId(),
          entry.details());
    }
  }

  /** A page of entries, newest first. */
  public record AuditPage(int page, int size, List<AuditEntryResponse> entries) {}

  @GET
  @RolesAllowed(Roles.AUDITOR)
  @Operation(summary = "Audit entries, newest first, filtered by time range, action and target")
  public Uni<AuditPage> query(
      @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
      @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
      @QueryParam("action") String action,
      @QueryParam("target") @Parameter(description = "targetType or targetType:targetId")
          String target,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    var query =
        new AuditQuery(
            instant("from", from),
            instant("to", to),
            blankToNull(action),
            targetType(target),
            targetId(target),
            page,
            size);
    return entries
        .find(query)
        .map(
            found ->
                new AuditPage(page, size, found.stream().map(AuditEntryResponse::of).toList()));
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw Problem.invalid(field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  private static String targetType(String target) {
    String value = blankToNull(target);
    if (value == null) {
      return null;
    }
    int colon = value.indexOf(':');
    return colon < 0 ? value : value.substring(0, colon);
  }

  private static String targetId(String target) {
    String value = blankToNull(target);
    if (value == null || value.indexOf(':') < 0) {
      return null;
    }
    return value.substring(value.indexOf(':') + 1);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
