package io.vitrine.tenant.pos.webhook;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POS webhooks. No bearer token: each delivery is verified by its vendor's signature over the raw
 * body, which is therefore taken as bytes and parsed only after verification.
 */
@Path("/v1/webhooks")
@PermitAll
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

  private final WebhookService webhooks;

  public WebhookResource(WebhookService webhooks) {
    this.webhooks = webhooks;
  }

  @POST
  @Path("/shopify")
  @Operation(summary = "A Shopify webhook delivery, recorded once per X-Shopify-Webhook-Id")
  public Uni<Response> shopify(
      byte[] rawBody,
      @HeaderParam(ShopifySignature.HEADER) String signature,
      @HeaderParam("X-Shopify-Webhook-Id") String webhookId,
      @HeaderParam("X-Shopify-Shop-Domain") String shopDomain,
      @HeaderParam("X-Shopify-Topic") String topic) {
    return webhooks
        .acceptShopify(orEmpty(rawBody), signature, webhookId, shopDomain, topic)
        .map(outcome -> Response.ok().build());
  }

  @POST
  @Path("/square")
  @Operation(summary = "A Square webhook notification, recorded once per event_id")
  public Uni<Response> square(
      byte[] rawBody, @HeaderParam(SquareSignature.HEADER) String signature) {
    return webhooks.acceptSquare(orEmpty(rawBody), signature).map(outcome -> Response.ok().build());
  }

  @POST
  @Path("/lightspeed")
  @Operation(
      summary =
          "A Lightspeed Retail X-Series webhook (form field payload), recorded once per object id"
              + " and version")
  public Uni<Response> lightspeed(
      byte[] rawBody, @HeaderParam(LightspeedSignature.HEADER) String signature) {
    return webhooks
        .acceptLightspeed(orEmpty(rawBody), signature)
        .map(outcome -> Response.ok().build());
  }

  @POST
  @Path("/clover")
  @Operation(
      summary =
          "Clover's verification code, or a batch of Clover notifications authenticated by"
              + " X-Clover-Auth, each order or inventory notification recorded once")
  public Uni<Response> clover(byte[] rawBody, @HeaderParam(CloverAuth.HEADER) String auth) {
    return webhooks.acceptClover(orEmpty(rawBody), auth).map(outcome -> Response.ok().build());
  }

  private static byte[] orEmpty(byte[] rawBody) {
    return rawBody == null ? new byte[0] : rawBody;
  }
}
