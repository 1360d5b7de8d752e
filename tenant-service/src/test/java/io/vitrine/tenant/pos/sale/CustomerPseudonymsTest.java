package io.vitrine.tenant.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerPseudonymsTest {

  private static final String KEY = "k3y-of-the-tenant";

  @Test
  void rotatingThePosCredentialsChangesNoPseudonym() {
    var before = pseudonyms(Map.of("API_TOKEN", "token-1", "WEBHOOK_SIGNING_KEY", "signing-1"));
    var after = pseudonyms(Map.of("API_TOKEN", "token-2", "WEBHOOK_SIGNING_KEY", "signing-2"));

    assertThat(after.of(PosProvider.SHOPIFY, "4242"))
        .isEqualTo(before.of(PosProvider.SHOPIFY, "4242"))
        .get()
        .asString()
        .hasSize(64)
        .doesNotContain("4242");
  }

  @Test
  void aKeySeededFromTheOldSigningKeyKeepsTheOldPseudonyms() {
    // hex HMAC-SHA256("shopify:4242") under "signing-1": what the signing-key fallback made.
    var seeded = pseudonyms(Map.of("PSEUDONYM_KEY", "signing-1"));

    assertThat(seeded.of(PosProvider.SHOPIFY, "4242"))
        .contains("9321c6faf820428b2050104e49af41b24a39c671bba090146211fa752b1c7a89");
  }

  @Test
  void theProviderAndTheCustomerBothMakeThePseudonym() {
    var pseudonyms = pseudonyms(Map.of());

    assertThat(pseudonyms.of(PosProvider.SHOPIFY, "4242"))
        .isNotEqualTo(pseudonyms.of(PosProvider.SQUARE, "4242"))
        .isNotEqualTo(pseudonyms.of(PosProvider.SHOPIFY, "4243"));
    assertThat(pseudonyms.of(PosProvider.SHOPIFY, " ")).isEmpty();
    assertThat(pseudonyms.of(PosProvider.SHOPIFY, null)).isEmpty();
  }

  @Test
  void aServiceWithAPosButNoPseudonymKeyRefusesToStartAndNamesTheSetting() {
    var environment = new HashMap<String, String>();
    environment.put("VITRINE_POS_PROVIDER", "shopify");
    environment.put("VITRINE_POS_WEBHOOK_SIGNING_KEY", "signing-1");
    environment.put("VITRINE_POS_API_TOKEN", "token-1");
    var pseudonyms = new CustomerPseudonyms(config(environment));

    assertThatThrownBy(pseudonyms::requireKey)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("VITRINE_POS_PSEUDONYM_KEY")
        .hasMessageNotContaining("signing-1")
        .hasMessageNotContaining("token-1");
    assertThatThrownBy(() -> pseudonyms.of(PosProvider.SHOPIFY, "4242"))
        .hasMessageContaining("VITRINE_POS_PSEUDONYM_KEY");
  }

  @Test
  void aServiceWithoutAPosStartsWithoutAKey() {
    var pseudonyms = new CustomerPseudonyms(config(Map.of()));

    assertThatCode(pseudonyms::requireKey).doesNotThrowAnyException();
  }

  /** A Shopify tenant with the pseudonym key {@link #KEY} and these other POS settings. */
  private static CustomerPseudonyms pseudonyms(Map<String, String> pos) {
    var environment = new HashMap<String, String>();
    environment.put("VITRINE_POS_PROVIDER", "shopify");
    environment.put("VITRINE_POS_PSEUDONYM_KEY", KEY);
    pos.forEach((name, value) -> environment.put("VITRINE_POS_" + name, value));
    var pseudonyms = new CustomerPseudonyms(config(environment));
    pseudonyms.requireKey();
    return pseudonyms;
  }

  private static PosConfig config(Map<String, String> environment) {
    return new SmallRyeConfigBuilder()
        .withSources(new EnvConfigSource(environment, 300))
        .withConverter(Duration.class, 200, new DurationConverter())
        .withMapping(PosConfig.class)
        .build()
        .getConfigMapping(PosConfig.class);
  }
}
