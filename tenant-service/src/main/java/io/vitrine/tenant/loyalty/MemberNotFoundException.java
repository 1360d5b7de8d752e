package io.vitrine.tenant.loyalty;

/** No customer has the pseudonym asked for. */
public class MemberNotFoundException extends RuntimeException {

  public MemberNotFoundException(String pseudonym) {
    // The pseudonym is not PII; it is what the caller sent.
    super("No customer with pseudonym '" + pseudonym + "'.");
  }
}
