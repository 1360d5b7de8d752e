package io.vitrine.tenant.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LightspeedSignatureTest {

  private static final String SECRET = "client-secret-of-the-app";
  private static final byte[] BODY =
      "payload=%7B%22id%22%3A%22s-1%22%2C%22version%22%3A3%7D&type=sale.update"
          .getBytes(StandardCharsets.UTF_8);

  private final LightspeedSignature signature = new LightspeedSignature(SECRET);

  @Test
  void acceptsTheHexHmacOfTheRawBodyInEitherCase() throws Exception {
    String hex = hmacHex(SECRET, BODY);

    assertThat(signature.verify(BODY, "signature=" + hex + ", algorithm=HMAC-SHA256")).isTrue();
    assertThat(signature.verify(BODY, "signature=" + hex.toUpperCase())).isTrue();
  }

  @Test
  void refusesAnotherKeyBodyOrAlgorithmAndAMissingHeader() throws Exception {
    String hex = hmacHex(SECRET, BODY);

    assertThat(signature.verify(BODY, "signature=" + hmacHex("other", BODY))).isFalse();
    assertThat(
            signature.verify("payload=%7B%7D".getBytes(StandardCharsets.UTF_8), "signature=" + hex))
        .isFalse();
    assertThat(signature.verify(BODY, "signature=" + hex + ", algorithm=HMAC-SHA1")).isFalse();
    assertThat(signature.verify(BODY, hex)).isFalse();
    assertThat(signature.verify(BODY, null)).isFalse();
    assertThatThrownBy(() -> new LightspeedSignature(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String hmacHex(String key, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
