package io.vitrine.tenant.pos.connection;

import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.connection.ConnectionCheck.Result;
import io.vitrine.tenant.pos.vendor.CloverApi;
import io.vitrine.tenant.pos.vendor.LightspeedRApi;
import io.vitrine.tenant.pos.vendor.LightspeedXApi;
import io.vitrine.tenant.pos.vendor.MalformedVendorDataException;
import io.vitrine.tenant.pos.vendor.ShopifyApi;
import io.vitrine.tenant.pos.vendor.SquareApi;
import io.vitrine.tenant.pos.vendor.VendorApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Calls the retailer's POS API once with the configured credentials, through the same clients and
 * requests as the reconciliation poll (changes since now, so the answer is small), and says whether
 * the credentials work. Blocking.
 */
@ApplicationScoped
public class PosConnectionTester {

  private final PosConfig pos;
  private final ShopifyApi shopify;
  private final SquareApi square;
  private final CloverApi clover;
  private final LightspeedXApi lightspeedX;
  private final LightspeedRApi lightspeedR;

  public PosConnectionTester(
      PosConfig pos,
      ShopifyApi shopify,
      SquareApi square,
      CloverApi clover,
      LightspeedXApi lightspeedX,
      LightspeedRApi lightspeedR) {
    this.pos = pos;
    this.shopify = shopify;
    this.square = square;
    this.clover = clover;
    this.lightspeedX = lightspeedX;
    this.lightspeedR = lightspeedR;
  }

  public ConnectionCheck check() {
    String provider = pos.provider().orElse(null);
    if (provider == null) {
      return notConfigured(null, "no POS provider is configured");
    }
    return switch (provider) {
      case "shopify" ->
          probe(provider, shopify::configured, () -> shopify.ordersUpdatedSince(now()));
      case "square" -> probe(provider, square::configured, () -> square.ordersUpdatedSince(now()));
      case "clover" -> probe(provider, clover::configured, this::cloverOrders);
      case "lightspeed-x" ->
          probe(provider, lightspeedX::configured, () -> lightspeedX.salesAfter(Long.MAX_VALUE));
      case "lightspeed-r" ->
          probe(provider, lightspeedR::configured, () -> lightspeedR.salesChangedSince(now()));
      default -> notConfigured(provider, "the POS provider is not one this service knows");
    };
  }

  private void cloverOrders() {
    clover.ordersModifiedSince(
        pos.merchantId().orElseThrow(() -> new MissingSettingException("the merchant id")),
        System.currentTimeMillis());
  }

  private static ConnectionCheck probe(String provider, BooleanSupplier configured, Runnable call) {
    if (!configured.getAsBoolean()) {
      return notConfigured(provider, "no POS API token is configured");
    }
    long started = System.nanoTime();
    try {
      call.run();
      return new ConnectionCheck(
          provider, Result.CONNECTED, 200, elapsed(started), "the POS API accepted the token");
    } catch (VendorApiException e) {
      return new ConnectionCheck(
          provider, classify(e.status()), e.status(), elapsed(started), e.getMessage());
    } catch (MalformedVendorDataException e) {
      return new ConnectionCheck(
          provider, Result.UNEXPECTED, 200, elapsed(started), e.getMessage());
    } catch (MissingSettingException e) {
      return notConfigured(provider, e.getMessage() + " is not configured");
    }
  }

  static Result classify(int status) {
    if (status == 401 || status == 403) {
      return Result.UNAUTHORIZED;
    }
    if (status == 0 || status == 408 || status == 429 || status >= 500) {
      return Result.UNREACHABLE;
    }
    return Result.UNEXPECTED;
  }

  private static ConnectionCheck notConfigured(String provider, String detail) {
    return new ConnectionCheck(provider, Result.NOT_CONFIGURED, 0, 0, detail);
  }

  private static long elapsed(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static Instant now() {
    return Instant.now();
  }

  private static final class MissingSettingException extends RuntimeException {
    MissingSettingException(String setting) {
      super(setting, null, false, false);
    }
  }
}
