package io.vitrine.tenant.kpi;

import io.smallrye.mutiny.Uni;
import io.vitrine.api.kpi.KpiReport;
import io.vitrine.api.kpi.KpiRequest;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The internal KPI endpoint StoreRollout gates read: the platform operator only (realm role {@code
 * platform-operator}), never associates.
 */
@Path("/v1/internal/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Tag(name = "internal", description = "Called by the Vitrine operator")
public class KpiResource {

  private final KpiRepository query;

  public KpiResource(KpiRepository query) {
    this.query = query;
  }

  @POST
  @RolesAllowed(Roles.PLATFORM_OPERATOR)
  @Operation(
      summary = "A feature's KPIs over some stores since an instant, in total and per store",
      description =
          "attach-rate = accepted/shown, reject-rate = rejected/shown, error-rate ="
              + " errors/(shown+errors), p95-latency-ms over shown events, screening-alerts ="
              + " alerts, override-rate = overridden/alerts; assisted-sales and unassisted-sales"
              + " (sales the feature assisted or not, see sale_attributions), assisted-aov and"
              + " unassisted-aov (average order value of each), assisted-order-value-lift ="
              + " assisted-aov/unassisted-aov - 1 (sample: the smaller side; no value when the"
              + " sales counted together hold several currencies); sampleSize is the denominator"
              + " and value is null when it is zero.")
  public Uni<KpiReport> kpis(@NotNull @Valid KpiRequest request) {
    return query.report(request);
  }
}
