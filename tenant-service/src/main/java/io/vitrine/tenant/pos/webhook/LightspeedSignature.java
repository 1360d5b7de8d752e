package io.vitrine.tenant.pos.webhook;

import java.util.Locale;

/**
 * Lightspeed Retail X-Series' webhook signature, sent to OAuth apps: {@code X-Signature:
 * signature=<hex>, algorithm=HMAC-SHA256}, the hex HMAC-SHA256 of the raw (form-encoded) request
 * body under the app's client secret.
 */
public final class LightspeedSignature {

  public static final String HEADER = "X-Signature";

  private static final String ALGORITHM = "HMAC-SHA256";

  private final String clientSecret;

  public LightspeedSignature(String clientSecret) {
    if (clientSecret == null || clientSecret.isEmpty()) {
      throw new IllegalArgumentException("the Lightspeed client secret is empty");
    }
    this.clientSecret = clientSecret;
  }

  public boolean verify(byte[] rawBody, String header) {
    if (header == null) {
      return false;
    }
    String signature = null;
    String algorithm = null;
    for (String part : header.split(",")) {
      String[] pair = part.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("signature")) {
        signature = pair[1].trim().toLowerCase(Locale.ROOT);
      } else if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("algorithm")) {
        algorithm = pair[1].trim();
      }
    }
    if (algorithm != null && !ALGORITHM.equalsIgnoreCase(algorithm)) {
      return false;
    }
    return HmacSha256.matches(HmacSha256.hexSignature(clientSecret, rawBody), signature);
  }
}
