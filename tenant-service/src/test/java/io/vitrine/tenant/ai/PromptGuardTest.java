package io.vitrine.tenant.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromptGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Write to jane.doe@example.com about the serum",
        "contact: J.Doe+beauty@mail.example.co.uk",
        "ADA_LOVELACE@EXAMPLE.ORG"
      })
  void refusesEmailAddresses(String text) {
    assertThat(PromptGuard.inspect(text).found()).containsExactly(PiiKind.EMAIL_ADDRESS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+33 6 12 34 56 78",
        "+44 20 7946 0958",
        "+1 (555) 123-4567",
        "+4915112345678",
        "0033 6 12 34 56 78",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "0612345678",
        "(555) 123-4567",
        "555-123-4567",
        "020 7946 0958",
        "030 1234567",
        "call 07700 900123 after 5"
      })
  void refusesPhoneNumbersInInternationalAndLocalFormats(String text) {
    assertThat(PromptGuard.inspect("Customer said: " + text).found())
        .containsExactly(PiiKind.PHONE_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "5500005555555559",
        "378282246310005",
        "6011000990139424"
      })
  void refusesPaymentCardNumbersThatPassLuhn(String text) {
    assertThat(PromptGuard.inspect("paid with " + text).found()).contains(PiiKind.PAYMENT_CARD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[P1] Aurelle Hydra Serum (serum), step Treat, AM and PM",
        "Apply 2 to 3 drops, SPF 50, 30 ml, 1.5 oz, 12% niacinamide",
        "Tier: gold. Points: 1500. Order of 2026-12-02.",
        "Morning (AM): 1. Cleanse 2. Tone 3. Treat 4. Moisturize 5. Protect",
        "Customer cust-7f3a9c2e (pseudonym), skin type dry",
        "price 59.00 EUR, 24.00 EUR"
      })
  void letsPseudonymousCatalogFactsThrough(String text) {
    assertThat(PromptGuard.inspect(text).clean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111 1111 1111 1112", "1234567812345678"})
  void aSixteenDigitNumberFailingLuhnIsNoCard(String text) {
    assertThat(PromptGuard.inspect(text).found()).doesNotContain(PiiKind.PAYMENT_CARD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"crm:8f2c-4411", "CRM:8F2C-4411"})
  void refusesAValueTheFeatureKnowsToBePersonal(String reference) {
    var prompt =
        new Prompt(new PromptTemplate("test", "1"), "system", "Send to " + reference + " tomorrow");

    var verdict = PromptGuard.inspect(prompt, PersonalValues.of("crm:8f2c-4411"));

    assertThat(verdict.found()).containsExactly(PiiKind.PERSONAL_VALUE);
    assertThat(verdict.kinds()).isEqualTo("PERSONAL_VALUE").doesNotContain("8f2c");
  }

  @org.junit.jupiter.api.Test
  void personalValuesNeverShowThemselves() {
    assertThat(PersonalValues.of("crm:8f2c-4411", "Jane").toString())
        .doesNotContain("8f2c")
        .doesNotContain("Jane");
  }
}
