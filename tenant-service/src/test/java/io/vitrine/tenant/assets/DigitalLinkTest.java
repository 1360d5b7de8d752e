package io.vitrine.tenant.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GS1 Digital Link URIs as the GS1 Digital Link standard writes them. */
class DigitalLinkTest {

  @Test
  void theGtinIsPaddedTo14DigitsAndTheSerialPercentEncoded() {
    // The standard's own example GTIN; '/' and '%' are AI 21 characters a URI path must encode.
    assertThat(DigitalLink.of("09506000134352", "ABC/12%3"))
        .contains("https://id.gs1.org/01/09506000134352/21/ABC%2F12%253");
    assertThat(DigitalLink.of("4006381333931", "7T4K2M19"))
        .contains("https://id.gs1.org/01/04006381333931/21/7T4K2M19");
    assertThat(DigitalLink.of("4006381333931", "a-b.c_d"))
        .contains("https://id.gs1.org/01/04006381333931/21/a-b.c_d");
  }

  @Test
  void aWrongCheckDigitOrASerialOutsideCharacterSet82GivesNoLink() {
    assertThat(DigitalLink.of("4006381333932", "7T4K2M19")).isEmpty();
    assertThat(DigitalLink.of(null, "7T4K2M19")).isEmpty();
    assertThat(DigitalLink.of("4006381333931", "SN#1")).isEmpty();
    assertThat(DigitalLink.of("4006381333931", "123456789012345678901")).isEmpty();
    assertThat(DigitalLink.of("4006381333931", "ÄB1")).isEmpty();
  }
}
