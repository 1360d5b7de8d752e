package io.vitrine.operator.retailer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.vitrine.api.v1alpha1.PosProvider;
import io.vitrine.operator.retailer.Retailers;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantSecretsTest {

  private final TenantNames names = new TenantNames("aster");

  @Test
  void generatedPasswordIsKeptOnceCreated() {
    var first = TenantSecrets.database(names, Optional.empty());
    var again = TenantSecrets.database(names, Optional.of(first));
    var other = TenantSecrets.database(names, Optional.empty());

    assertThat(again.getData()).isEqualTo(first.getData());
    assertThat(other.getData()).isNotEqualTo(first.getData());
    assertThat(TenantSecrets.value(first, SecretNames.DATABASE_PASSWORD))
        .get()
        .asString()
        .hasSizeGreaterThan(20);
  }

  @Test
  void posCopyKeepsOnlyTheKeysTenantServiceReads() {
    var source =
        new SecretBuilder()
            .withData(
                Map.of("apiToken", "dG9rZW4=", "webhookSigningKey", "a2V5", "unrelated", "eA=="))
            .build();

    var copy = TenantSecrets.posCredentials(names, source);

    assertThat(copy.getMetadata().getNamespace()).isEqualTo("vitrine-aster");
    assertThat(copy.getData()).containsOnlyKeys("apiToken", "webhookSigningKey");
    assertThat(copy.getData().get("apiToken")).isEqualTo("dG9rZW4=");
  }

  @Test
  void missingWebhookKeyIsReportedByNameNeverByValue() {
    var pos = Retailers.beauty("aster").getSpec().getPos();
    var source = new SecretBuilder().withData(Map.of("apiToken", "c2VjcmV0LXZhbHVl")).build();

    assertThatThrownBy(() -> PosCredentials.check(pos, source))
        .isInstanceOf(InvalidPosCredentialsException.class)
        .hasMessageContaining("webhookSigningKey")
        .hasMessageNotContaining("c2VjcmV0LXZhbHVl");
  }

  @Test
  void lightspeedRetailRNeedsNoWebhookKey() {
    var pos = Retailers.beauty("aster").getSpec().getPos();
    pos.setProvider(PosProvider.LIGHTSPEED_R);

    assertThat(PosCredentials.missingKeys(pos, Map.of("apiToken", "dA=="))).isEmpty();
  }

  @Test
  void absentSecretIsNamed() {
    var pos = Retailers.beauty("aster").getSpec().getPos();

    assertThatThrownBy(() -> PosCredentials.check(pos, null))
        .isInstanceOf(InvalidPosCredentialsException.class)
        .hasMessage("Secret vitrine-system/aster-pos does not exist");
  }
}
