package io.vitrine.tenant.pos.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Base64 HMAC-SHA256 signatures, compared in constant time. */
final class HmacSha256 {

  private static final String ALGORITHM = "HmacSHA256";

  private HmacSha256() {}

  /** Base64(HMAC-SHA256(key, parts concatenated)), as ASCII bytes. */
  static byte[] base64Signature(String key, byte[]... parts) {
    return Base64.getEncoder().encode(digest(key, parts));
  }

  /** Lowercase hex HMAC-SHA256(key, parts concatenated), as ASCII bytes. */
  static byte[] hexSignature(String key, byte[]... parts) {
    return HexFormat.of().formatHex(digest(key, parts)).getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] digest(String key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }

  /** Whether the header carries exactly the expected signature; no early exit on a mismatch. */
  static boolean matches(byte[] expected, String header) {
    if (header == null || header.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.US_ASCII));
  }
}
