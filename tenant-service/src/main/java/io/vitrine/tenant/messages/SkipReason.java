package io.vitrine.tenant.messages;

/** Why no draft was queued for a completed sale; recorded on the sale's message row. */
public enum SkipReason {
  /** {@code post-purchase-messages} is off for the sale's store, or the sale has no store. */
  FEATURE_DISABLED,
  /** The sale has no known customer. */
  NO_CUSTOMER,
  /** The customer gave no contact consent with a channel and an address reference. */
  NO_CONTACT_CONSENT,
  /** The customer consented neither to service nor to marketing messages. */
  NO_MESSAGING_CONSENT,
  /** Nothing on the sale fills a regimen step. */
  NO_REGIMEN_PRODUCTS
}
