package io.vitrine.tenant.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Square's documented algorithm: Base64(HMAC-SHA256(signature key, notification URL + raw body)),
 * the URL exactly as registered in the webhook subscription.
 */
class SquareSignatureTest {

  private static final String KEY = "asdf1234-square-signature-key";
  private static final String URL = "https://vitrine.example.com/v1/webhooks/square";
  private static final byte[] BODY =
      ("{\"merchant_id\":\"6SSW7HV8K2ST5\",\"type\":\"order.updated\","
              + "\"event_id\":\"4b8e5c91-9f13-400f-8b1f-7b8e9e3d1f0a\",\"data\":{}}")
          .getBytes(StandardCharsets.UTF_8);

  private final SquareSignature signature = new SquareSignature(KEY, URL);

  @Test
  void theVendorsSignatureOverUrlAndRawBodyIsAccepted() throws Exception {
    assertThat(signature.verify(BODY, square(KEY, URL, BODY))).isTrue();
  }

  @Test
  void aChangedOrTruncatedBodyIsRefused() throws Exception {
    String signed = square(KEY, URL, BODY);
    byte[] changed = BODY.clone();
    changed[20] ^= 1;

    assertThat(signature.verify(changed, signed)).isFalse();
    assertThat(signature.verify(Arrays.copyOf(BODY, BODY.length - 1), signed)).isFalse();
  }

  @Test
  void aSignatureForAnotherUrlOrOverTheBodyAloneIsRefused() throws Exception {
    assertThat(signature.verify(BODY, square(KEY, URL + "/", BODY))).isFalse();
    assertThat(
            signature.verify(
                BODY, square(KEY, "http://vitrine.example.com/v1/webhooks/square", BODY)))
        .isFalse();
    assertThat(signature.verify(BODY, square(KEY, "", BODY))).isFalse();
  }

  @Test
  void anotherKeyOrAMissingHeaderIsRefused() throws Exception {
    assertThat(signature.verify(BODY, square("another-key", URL, BODY))).isFalse();
    assertThat(signature.verify(BODY, null)).isFalse();
    assertThat(signature.verify(BODY, "")).isFalse();
  }

  @Test
  void anEmptyKeyOrUrlIsAConfigurationError() {
    assertThatThrownBy(() -> new SquareSignature("", URL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SquareSignature(KEY, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static String square(String key, String url, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] signed = new byte[url.getBytes(StandardCharsets.UTF_8).length + body.length];
    byte[] urlBytes = url.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(urlBytes, 0, signed, 0, urlBytes.length);
    System.arraycopy(body, 0, signed, urlBytes.length, body.length);
    return Base64.getEncoder().encodeToString(mac.doFinal(signed));
  }
}
