package io.vitrine.tenant.messages;

/** What a message is for; a sale gets at most one message of each kind. */
public enum MessageKind {
  POST_PURCHASE_REGIMEN
}
