package io.vitrine.tenant.messages;

/** How a customer consented to be contacted. */
public enum ContactChannel {
  EMAIL,
  SMS
}
