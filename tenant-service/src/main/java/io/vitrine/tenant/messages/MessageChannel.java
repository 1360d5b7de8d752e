package io.vitrine.tenant.messages;

import io.smallrye.mutiny.Uni;

/**
 * A way to reach customers. Implementations are CDI beans, one per {@link ContactChannel}; the
 * dispatcher picks the one matching the customer's consented channel.
 */
public interface MessageChannel {

  ContactChannel channel();

  /**
   * Hands the message to the delivery service; fails with {@link DeliveryFailedException} when it
   * was not accepted.
   */
  Uni<Void> deliver(OutboundMessage message);
}
