package io.vitrine.tenant.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Shopify's documented algorithm: Base64(HMAC-SHA256(client secret, raw body)). */
class ShopifySignatureTest {

  private static final String SECRET = "shpss_0123456789abcdef";
  private static final byte[] BODY =
      "{\"id\":820982911946154508,\"source_name\":\"pos\",\"note\":\"caf\u00e9\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final ShopifySignature signature = new ShopifySignature(SECRET);

  @Test
  void theVendorsSignatureOverTheRawBodyIsAccepted() throws Exception {
    assertThat(signature.verify(BODY, shopify(SECRET, BODY))).isTrue();
  }

  @Test
  void aChangedTruncatedOrOtherBodyIsRefused() throws Exception {
    String signed = shopify(SECRET, BODY);
    byte[] changed = BODY.clone();
    changed[10] ^= 1;

    assertThat(signature.verify(changed, signed)).isFalse();
    assertThat(signature.verify(Arrays.copyOf(BODY, BODY.length - 1), signed)).isFalse();
    assertThat(signature.verify("{}".getBytes(StandardCharsets.UTF_8), signed)).isFalse();
  }

  @Test
  void anotherSecretOrAMissingOrMangledHeaderIsRefused() throws Exception {
    assertThat(signature.verify(BODY, shopify("another-secret", BODY))).isFalse();
    assertThat(signature.verify(BODY, null)).isFalse();
    assertThat(signature.verify(BODY, "")).isFalse();
    assertThat(signature.verify(BODY, "not base64 at all")).isFalse();
    assertThat(signature.verify(BODY, shopify(SECRET, BODY) + "=")).isFalse();
    String hex = java.util.HexFormat.of().formatHex(mac(SECRET, BODY));
    assertThat(signature.verify(BODY, hex)).as("hex is not what Shopify sends").isFalse();
  }

  @Test
  void anEmptySecretIsAConfigurationError() {
    assertThatThrownBy(() -> new ShopifySignature("")).isInstanceOf(IllegalArgumentException.class);
  }

  static String shopify(String secret, byte[] body) throws Exception {
    return Base64.getEncoder().encodeToString(mac(secret, body));
  }

  private static byte[] mac(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(body);
  }
}
