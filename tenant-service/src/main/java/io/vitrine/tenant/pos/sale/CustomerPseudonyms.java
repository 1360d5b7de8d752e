package io.vitrine.tenant.pos.sale;

import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a POS customer id into the customer's pseudonym: hex HMAC-SHA256 under a tenant secret, so
 * that the same POS customer always maps to the same row while the POS id cannot be recovered or
 * guessed from the database without the key.
 */
@ApplicationScoped
public class CustomerPseudonyms {

  private static final String ALGORITHM = "HmacSHA256";

  private final Optional<SecretKeySpec> key;

  public CustomerPseudonyms(PosConfig pos) {
    this.key =
        pos.pseudonymKey()
            .or(pos::webhookSigningKey)
            .or(pos::apiToken)
            .filter(value -> !value.isEmpty())
            .map(value -> new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), ALGORITHM));
  }

  /** The pseudonym, or empty when no key is configured (the sale is then kept anonymous). */
  public Optional<String> of(PosProvider provider, String customerRef) {
    if (customerRef == null || customerRef.isBlank() || key.isEmpty()) {
      return Optional.empty();
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key.get());
      byte[] digest =
          mac.doFinal((provider.configName() + ":" + customerRef).getBytes(StandardCharsets.UTF_8));
      return Optional.of(HexFormat.of().formatHex(digest));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }
}
