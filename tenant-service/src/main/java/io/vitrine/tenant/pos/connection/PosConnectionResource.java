package io.vitrine.tenant.pos.connection;

import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.security.Actors;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Whether the retailer's POS API accepts the credentials the platform team gave, for onboarding.
 */
@Path("/v1/admin/pos/connection-test")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RETAILER_ADMIN)
@SecurityRequirement(name = "SecurityScheme")
public class PosConnectionResource {

  private final PosConnectionTester tester;
  private final Database database;
  private final JsonWebToken caller;

  public PosConnectionResource(PosConnectionTester tester, Database database, JsonWebToken caller) {
    this.tester = tester;
    this.database = database;
    this.caller = caller;
  }

  @POST
  @Operation(
      summary =
          "Call the POS API once with the configured credentials: CONNECTED, UNAUTHORIZED,"
              + " UNREACHABLE, UNEXPECTED or NOT_CONFIGURED, with the vendor's status and timing")
  public ConnectionCheck test() {
    ConnectionCheck check = tester.check();
    AuditRows.appendAndWait(
        database.client(),
        AuditRow.of(
            Actors.of(caller),
            "pos.connection-tested",
            "pos",
            String.valueOf(check.provider()),
            Map.of("result", check.result().name(), "vendorStatus", check.vendorStatus())));
    return check;
  }
}
