package io.vitrine.tenant.ai;

/** What kind of personal data {@link PromptGuard} found in a prompt; never the value itself. */
public enum PiiKind {
  EMAIL_ADDRESS,
  PHONE_NUMBER,
  PAYMENT_CARD,
  /** A value the feature knows to be personal (a contact reference, a name), found verbatim. */
  PERSONAL_VALUE,
  /** Content the guard cannot read (an image, a document): refused rather than sent unread. */
  UNREADABLE_CONTENT
}
