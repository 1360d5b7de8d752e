package io.vitrine.tenant.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ContactConsentTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aServiceConsentWithAContactGivesTheChannelAndReference() throws Exception {
    assertThat(decide("{\"service\":true,\"contact\":{\"channel\":\"sms\",\"ref\":\"crm:42\"}}"))
        .isEqualTo(new ContactConsent.Contact(ContactChannel.SMS, "crm:42"));
    assertThat(decide("{\"marketing\":true,\"contact\":{\"channel\":\"Email\",\"ref\":\"r\"}}"))
        .isEqualTo(new ContactConsent.Contact(ContactChannel.EMAIL, "r"));
  }

  @Test
  void withoutServiceOrMarketingConsentNothingIsSent() throws Exception {
    assertThat(decide("{\"service\":false,\"contact\":{\"channel\":\"email\",\"ref\":\"r\"}}"))
        .isEqualTo(new ContactConsent.Refused(SkipReason.NO_MESSAGING_CONSENT));
    assertThat(decide("{\"service\":\"yes\",\"contact\":{\"channel\":\"email\",\"ref\":\"r\"}}"))
        .isEqualTo(new ContactConsent.Refused(SkipReason.NO_MESSAGING_CONSENT));
  }

  @Test
  void aMissingOrIncompleteContactIsNoContactConsent() throws Exception {
    for (String consents :
        new String[] {
          "{}",
          "[]",
          "{\"service\":true}",
          "{\"service\":true,\"contact\":{\"channel\":\"email\"}}",
          "{\"service\":true,\"contact\":{\"channel\":\"pigeon\",\"ref\":\"r\"}}",
          "{\"service\":true,\"contact\":{\"channel\":\"email\",\"ref\":\"  \"}}"
        }) {
      assertThat(decide(consents))
          .as(consents)
          .isEqualTo(new ContactConsent.Refused(SkipReason.NO_CONTACT_CONSENT));
    }
  }

  private ContactConsent.Decision decide(String consents) throws Exception {
    return ContactConsent.of(json.readTree(consents));
  }
}
