package io.vitrine.tenant.messages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Reads a customer's consents ({@code customers.consents}) for messaging. Customers are
 * pseudonymous: the contact is an opaque reference the delivery service resolves, never an address.
 * The shape:
 *
 * <pre>{"service": true, "marketing": false, "contact": {"channel": "email", "ref": "crm:8f2c"}}
 * </pre>
 *
 * Post-purchase guidance needs a contact and a service or marketing consent.
 */
public final class ContactConsent {

  private ContactConsent() {}

  /** Either a contact to write to, or why there is none. */
  public sealed interface Decision permits Contact, Refused {}

  /** A consented contact. */
  public record Contact(ContactChannel channel, String addressRef) implements Decision {}

  /** No usable consent. */
  public record Refused(SkipReason reason) implements Decision {}

  public static Decision of(JsonNode consents) {
    if (consents == null || !consents.isObject()) {
      return new Refused(SkipReason.NO_CONTACT_CONSENT);
    }
    JsonNode contact = consents.path("contact");
    String channel = contact.path("channel").asText("").trim().toUpperCase(Locale.ROOT);
    String ref = contact.path("ref").asText("").trim();
    if (ref.isEmpty() || !isChannel(channel)) {
      return new Refused(SkipReason.NO_CONTACT_CONSENT);
    }
    if (!consents.path("service").asBoolean(false)
        && !consents.path("marketing").asBoolean(false)) {
      return new Refused(SkipReason.NO_MESSAGING_CONSENT);
    }
    return new Contact(ContactChannel.valueOf(channel), ref);
  }

  private static boolean isChannel(String name) {
    for (ContactChannel channel : ContactChannel.values()) {
      if (channel.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
