package io.vitrine.tenant.pos.sale;

import io.quarkus.runtime.StartupEvent;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a POS customer id into the customer's pseudonym: hex HMAC-SHA256 under the tenant's own
 * pseudonym key ({@code vitrine.pos.pseudonym-key}), so that the same POS customer always maps to
 * the same row while the POS id cannot be recovered or guessed from the database without the key.
 *
 * <p>The key is never a POS credential: those are rotated, and a pseudonym that changed with them
 * would cut every customer off their history, loyalty and profile. A service with a POS but no key
 * refuses to start rather than store sales without their customers.
 */
@ApplicationScoped
public class CustomerPseudonyms {

  static final String MISSING_KEY =
      "vitrine.pos.pseudonym-key (VITRINE_POS_PSEUDONYM_KEY) is not set: a tenant with a POS needs"
          + " its own pseudonym key to recognise its customers. The operator gives it from the"
          + " tenant's Secret pseudonym-key; POS credentials are never used in its place.";

  private static final String ALGORITHM = "HmacSHA256";

  private final Optional<SecretKeySpec> key;
  private final boolean posConfigured;

  public CustomerPseudonyms(PosConfig pos) {
    this.key =
        pos.pseudonymKey()
            .filter(value -> !value.isBlank())
            .map(value -> new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    this.posConfigured = pos.provider().filter(value -> !value.isBlank()).isPresent();
  }

  void refuseToStartWithoutKey(@Observes StartupEvent started) {
    requireKey();
  }

  /** Fails, naming the setting, when a POS is configured without a pseudonym key. */
  void requireKey() {
    if (posConfigured && key.isEmpty()) {
      throw new IllegalStateException(MISSING_KEY);
    }
  }

  /** The pseudonym, or empty for a sale without a customer (kept anonymous). */
  public Optional<String> of(PosProvider provider, String customerRef) {
    if (customerRef == null || customerRef.isBlank()) {
      return Optional.empty();
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key.orElseThrow(() -> new IllegalStateException(MISSING_KEY)));
      byte[] digest =
          mac.doFinal((provider.configName() + ":" + customerRef).getBytes(StandardCharsets.UTF_8));
      return Optional.of(HexFormat.of().formatHex(digest));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
    }
  }
}
