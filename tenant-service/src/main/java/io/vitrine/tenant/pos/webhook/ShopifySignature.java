package io.vitrine.tenant.pos.webhook;

/**
 * Shopify's webhook signature: {@code X-Shopify-Hmac-Sha256} = Base64(HMAC-SHA256(app client
 * secret, raw body)).
 */
public final class ShopifySignature {

  public static final String HEADER = "X-Shopify-Hmac-Sha256";

  private final String secret;

  public ShopifySignature(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("the Shopify signing secret is empty");
    }
    this.secret = secret;
  }

  public boolean verify(byte[] rawBody, String header) {
    return HmacSha256.matches(HmacSha256.base64Signature(secret, rawBody), header);
  }
}
