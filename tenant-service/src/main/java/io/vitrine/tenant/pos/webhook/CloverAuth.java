package io.vitrine.tenant.pos.webhook;

import java.nio.charset.StandardCharsets;

/**
 * Clover's webhook authentication: every notification after the verification handshake carries the
 * app's static {@code X-Clover-Auth} code, compared here in constant time.
 */
public final class CloverAuth {

  public static final String HEADER = "X-Clover-Auth";

  private final byte[] token;

  public CloverAuth(String token) {
    if (token == null || token.isEmpty()) {
      throw new IllegalArgumentException("the Clover auth token is empty");
    }
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  public boolean verify(String header) {
    return header != null
        && java.security.MessageDigest.isEqual(token, header.getBytes(StandardCharsets.UTF_8));
  }
}
