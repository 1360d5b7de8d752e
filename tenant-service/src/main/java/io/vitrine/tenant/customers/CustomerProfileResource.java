package io.vitrine.tenant.customers;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.common.security.Actors;
import io.vitrine.tenant.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Customer profiles, by pseudonym, for associates and above. A profile without the customer's
 * consent to personalisation is kept and shown but not used: the answer says so.
 */
@Path("/v1/customers/{pseudonym}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
@SecurityRequirement(name = "SecurityScheme")
public class CustomerProfileResource {

  private static final String PSEUDONYM = "[A-Za-z0-9_-]{8,64}";
  private static final String PSEUDONYM_MESSAGE = "must be 8 to 64 letters, digits, '_' or '-'";

  /** The profile as the associate enters it, with the customer's consent. */
  public record ProfileRequest(
      @Size(max = 40) String skinType,
      @Size(max = 20) List<@NotBlank @Size(max = 60) String> concerns,
      @Size(max = 50) List<@NotBlank @Size(max = 120) String> allergies,
      @Size(max = 100) List<@NotBlank @Size(max = 120) String> avoid,
      @Size(max = 30) List<@NotBlank @Size(max = 100) String> preferredBrands,
      @NotNull @Valid ConsentsRequest consents) {}

  /** Whether the customer agreed to the use of this profile for personalisation. */
  public record ConsentsRequest(@NotNull Boolean personalization) {}

  /** A stored profile and whether it may be used. */
  public record ProfileResponse(
      String pseudonym,
      CustomerProfile profile,
      boolean personalizationConsent,
      Instant consentChangedAt,
      boolean usedForPersonalization,
      String usage) {

    static ProfileResponse of(Customer customer) {
      boolean consent = customer.consents().personalization();
      return new ProfileResponse(
          customer.pseudonym(),
          customer.profile(),
          consent,
          customer.consents().personalizationChangedAt(),
          consent,
          consent
              ? "Used to personalise recommendations and ingredient screening."
              : "Not used: the customer has not consented to personalisation.");
    }
  }

  private final CustomerProfileService profiles;
  private final JsonWebToken caller;

  public CustomerProfileResource(CustomerProfileService profiles, JsonWebToken caller) {
    this.profiles = profiles;
    this.caller = caller;
  }

  @PUT
  @Operation(summary = "Create or replace a customer's profile and consent")
  public Uni<ProfileResponse> put(
      @PathParam("pseudonym") @Pattern(regexp = PSEUDONYM, message = PSEUDONYM_MESSAGE)
          String pseudonym,
      @NotNull @Valid ProfileRequest request) {
    var profile =
        new CustomerProfile(
            request.skinType(),
            request.concerns(),
            request.allergies(),
            request.avoid(),
            request.preferredBrands());
    return profiles
        .put(pseudonym, profile, request.consents().personalization(), Actors.of(caller))
        .map(ProfileResponse::of);
  }

  @GET
  @Operation(summary = "A customer's profile, consent, and whether the profile is used")
  public Uni<ProfileResponse> get(
      @PathParam("pseudonym") @Pattern(regexp = PSEUDONYM, message = PSEUDONYM_MESSAGE)
          String pseudonym) {
    return profiles.get(pseudonym).map(ProfileResponse::of);
  }
}
