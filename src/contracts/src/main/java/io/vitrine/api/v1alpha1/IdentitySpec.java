package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import java.util.ArrayList;
import java.util.List;

public class IdentitySpec {

  @Default("300")
  @Min(60)
  @Max(86400)
  @JsonPropertyDescription("Lifetime of access tokens, in seconds.")
  private int accessTokenLifespanSeconds = 300;

  @Default("1800")
  @Min(300)
  @Max(604800)
  @JsonPropertyDescription("Idle timeout of an associate's session, in seconds.")
  private int ssoSessionIdleTimeoutSeconds = 1800;

  @Default("true")
  @JsonPropertyDescription("Lock accounts temporarily after repeated failed logins.")
  private boolean bruteForceProtection = true;

  @Default("5")
  @Min(1)
  @Max(100)
  @JsonPropertyDescription("Failed logins before a temporary lockout.")
  private int failureFactor = 5;

  @JsonPropertyDescription(
      "E-mail addresses of the retailer's first administrators. Each is created with the"
          + " retailer-admin role and must set a password on first login; no password is ever"
          + " given here.")
  private List<@Pattern("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") String> admins = new ArrayList<>();

  @JsonPropertyDescription(
      "Realm roles in addition to associate, store-manager, retailer-admin and auditor.")
  private List<@Pattern("^[a-z][-a-z0-9]{0,62}$") String> extraRoles = new ArrayList<>();

  public int getAccessTokenLifespanSeconds() {
    return accessTokenLifespanSeconds;
  }

  public void setAccessTokenLifespanSeconds(int accessTokenLifespanSeconds) {
    this.accessTokenLifespanSeconds = accessTokenLifespanSeconds;
  }

  public int getSsoSessionIdleTimeoutSeconds() {
    return ssoSessionIdleTimeoutSeconds;
  }

  public void setSsoSessionIdleTimeoutSeconds(int ssoSessionIdleTimeoutSeconds) {
    this.ssoSessionIdleTimeoutSeconds = ssoSessionIdleTimeoutSeconds;
  }

  public boolean isBruteForceProtection() {
    return bruteForceProtection;
  }

  public void setBruteForceProtection(boolean bruteForceProtection) {
    this.bruteForceProtection = bruteForceProtection;
  }

  public int getFailureFactor() {
    return failureFactor;
  }

  public void setFailureFactor(int failureFactor) {
    this.failureFactor = failureFactor;
  }

  public List<String> getAdmins() {
    return admins;
  }

  public void setAdmins(List<String> admins) {
    this.admins = admins;
  }

  public List<String> getExtraRoles() {
    return extraRoles;
  }

  public void setExtraRoles(List<String> extraRoles) {
    this.extraRoles = extraRoles;
  }
}
