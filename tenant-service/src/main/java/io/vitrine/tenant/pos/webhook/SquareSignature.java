package io.vitrine.tenant.pos.webhook;

import java.nio.charset.StandardCharsets;

/**
 * Square's webhook signature: {@code x-square-hmacsha256-signature} = Base64(HMAC-SHA256(signature
 * key, notification URL + raw body)), the URL exactly as registered with Square.
 */
public final class SquareSignature {

  public static final String HEADER = "x-square-hmacsha256-signature";

  private final String signatureKey;
  private final byte[] notificationUrl;

  public SquareSignature(String signatureKey, String notificationUrl) {
    if (signatureKey == null || signatureKey.isEmpty()) {
      throw new IllegalArgumentException("the Square signature key is empty");
    }
    if (notificationUrl == null || notificationUrl.isEmpty()) {
      throw new IllegalArgumentException("the Square notification URL is empty");
    }
    this.signatureKey = signatureKey;
    this.notificationUrl = notificationUrl.getBytes(StandardCharsets.UTF_8);
  }

  public boolean verify(byte[] rawBody, String header) {
    return HmacSha256.matches(
        HmacSha256.base64Signature(signatureKey, notificationUrl, rawBody), header);
  }
}
