package io.vitrine.tenant.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CustomerProfileTest {

  @Test
  void anEmptyJsonProfileReadsAsEmptyListsAndNoConsent() throws Exception {
    var json = new ObjectMapper().findAndRegisterModules();
    CustomerProfile profile = json.readValue("{}", CustomerProfile.class);
    Consents consents = json.readValue("{}", Consents.class);

    assertThat(profile.allergies()).isEmpty();
    assertThat(profile.avoid()).isEmpty();
    assertThat(profile.skinType()).isNull();
    assertThat(consents.personalization()).isFalse();
  }
}
