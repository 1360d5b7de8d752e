package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;

/** The delivery services of the tenant's approved customer messages. */
public class MessagingSpec {

  private static final String HTTP_URL = "^https?://[^\\s]+$";

  @Pattern(HTTP_URL)
  @JsonPropertyDescription("URL that receives approved e-mail messages (HTTP POST, JSON).")
  private String emailUrl;

  @Pattern(HTTP_URL)
  @JsonPropertyDescription("URL that receives approved SMS messages (HTTP POST, JSON).")
  private String smsUrl;

  public String getEmailUrl() {
    return emailUrl;
  }

  public void setEmailUrl(String emailUrl) {
    this.emailUrl = emailUrl;
  }

  public String getSmsUrl() {
    return smsUrl;
  }

  public void setSmsUrl(String smsUrl) {
    this.smsUrl = smsUrl;
  }
}
