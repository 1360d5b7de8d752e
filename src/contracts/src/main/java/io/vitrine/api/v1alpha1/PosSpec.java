package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;

@ValidationRule(
    value = "self.provider != 'shopify' || has(self.shopDomain)",
    message = "pos.shopDomain is required for provider shopify")
@ValidationRule(
    value = "!(self.provider in ['square', 'clover']) || has(self.merchantId)",
    message = "pos.merchantId is required for providers square and clover")
@ValidationRule(
    value = "self.provider != 'lightspeed-x' || has(self.domainPrefix)",
    message = "pos.domainPrefix is required for provider lightspeed-x")
@ValidationRule(
    value = "self.provider != 'lightspeed-r' || has(self.accountId)",
    message = "pos.accountId is required for provider lightspeed-r")
@ValidationRule(
    value = "!has(self.notificationUrl) || self.notificationUrl.startsWith('https://')",
    message = "pos.notificationUrl must be an https:// URL")
public class PosSpec {

  @Required
  @JsonPropertyDescription(
      "The POS vendor: shopify, lightspeed-x (Retail X-Series), lightspeed-r (Retail R-Series),"
          + " square or clover.")
  private PosProvider provider;

  @JsonPropertyDescription(
      "Shopify: the shop's myshopify.com domain, e.g. maison-aster.myshopify.com.")
  private String shopDomain;

  @JsonPropertyDescription("Square and Clover: the merchant id.")
  private String merchantId;

  @JsonPropertyDescription("Lightspeed X-Series: the store's domain prefix.")
  private String domainPrefix;

  @JsonPropertyDescription("Lightspeed R-Series: the account id.")
  private String accountId;

  @JsonPropertyDescription(
      "Square: the webhook notification URL exactly as registered in the Square subscription"
          + " (Square signs this URL together with the body), e.g."
          + " https://maison-aster.vitrine.example.com/v1/webhooks/square.")
  private String notificationUrl;

  @Required
  @JsonPropertyDescription(
      "Secret holding the POS credentials: key 'apiToken' (API access token) and, for providers"
          + " that send webhooks, key 'webhookSigningKey' (Shopify app secret, Square signature key,"
          + " Lightspeed webhook secret, Clover auth token). Copied into the tenant's namespace;"
          + " never put credentials in this resource.")
  private SecretReference credentialsSecretRef;

  public PosProvider getProvider() {
    return provider;
  }

  public void setProvider(PosProvider provider) {
    this.provider = provider;
  }

  public String getShopDomain() {
    return shopDomain;
  }

  public void setShopDomain(String shopDomain) {
    this.shopDomain = shopDomain;
  }

  public String getMerchantId() {
    return merchantId;
  }

  public void setMerchantId(String merchantId) {
    this.merchantId = merchantId;
  }

  public String getDomainPrefix() {
    return domainPrefix;
  }

  public void setDomainPrefix(String domainPrefix) {
    this.domainPrefix = domainPrefix;
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public String getNotificationUrl() {
    return notificationUrl;
  }

  public void setNotificationUrl(String notificationUrl) {
    this.notificationUrl = notificationUrl;
  }

  public SecretReference getCredentialsSecretRef() {
    return credentialsSecretRef;
  }

  public void setCredentialsSecretRef(SecretReference credentialsSecretRef) {
    this.credentialsSecretRef = credentialsSecretRef;
  }
}
