package io.vitrine.tenant.kpi;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.problem.FieldError;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.security.Roles;
import io.vitrine.tenant.flags.Feature;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A feature's KPIs per store for store managers and retailer admins. */
@Path("/v1/admin/kpis")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class AdminKpiResource {

  /** The KPIs over a time range: over all the stores asked for, and per POS location id. */
  public record AdminKpis(
      String feature,
      OffsetDateTime from,
      OffsetDateTime to,
      StoreKpis total,
      Map<String, StoreKpis> stores) {}

  private final KpiRepository query;

  public AdminKpiResource(KpiRepository query) {
    this.query = query;
  }

  @GET
  @RolesAllowed({Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(
      summary = "A feature's KPIs over a time range, in total and per store",
      description =
          "Suggestions shown, accepted and rejected, attach rate, screening alerts and overrides,"
              + " and the average order value (AOV) of the sales the feature assisted against the"
              + " other sales of the same stores and range, with the lift (assisted AOV /"
              + " unassisted AOV - 1). A sale is assisted when an associate accepted a suggestion"
              + " in its store for a SKU it contains, for its cart or within the attribution"
              + " window before it (for the same customer when both are known).")
  public Uni<AdminKpis> kpis(
      @QueryParam("feature")
          @Parameter(description = "A feature key, e.g. checkout-recommendations")
          String feature,
      @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
      @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive; default now")
          String to,
      @QueryParam("store") @Parameter(description = "POS location ids; default every store")
          List<String> stores) {
    KpiScope scope = scope(feature, from, to, stores);
    return query
        .figures(scope)
        .map(
            figures -> {
              var perStore = new LinkedHashMap<String, StoreKpis>();
              figures.perStore().forEach((store, each) -> perStore.put(store, StoreKpis.of(each)));
              return new AdminKpis(
                  scope.feature(),
                  scope.from(),
                  scope.to(),
                  StoreKpis.of(figures.total()),
                  perStore);
            });
  }

  private static KpiScope scope(String feature, String from, String to, List<String> stores) {
    var errors = new ArrayList<FieldError>();
    if (feature == null || Feature.fromKey(feature).isEmpty()) {
      errors.add(
          new FieldError("feature", "must be a feature key such as checkout-recommendations"));
    }
    OffsetDateTime start = instant("from", from, null, errors);
    OffsetDateTime end = instant("to", to, OffsetDateTime.now(ZoneOffset.UTC), errors);
    if (start != null && end != null && !start.isBefore(end)) {
      errors.add(new FieldError("from", "must be before to"));
    }
    List<String> asked =
        stores == null ? List.of() : stores.stream().filter(s -> !s.isBlank()).toList();
    if (asked.size() > 5000) {
      errors.add(new FieldError("store", "at most 5000 stores"));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return new KpiScope(feature, start, end, asked.isEmpty() ? null : asked);
  }

  private static OffsetDateTime instant(
      String field, String value, OffsetDateTime absent, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      if (absent == null) {
        errors.add(new FieldError(field, "is required: an ISO-8601 instant"));
      }
      return absent;
    }
    try {
      return OffsetDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z"));
      return null;
    }
  }
}
