package io.vitrine.tenant.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vitrine.tenant.messages.DeliveryReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The e-mail and SMS delivery services as a local HTTP server, and a dispatcher configured to poll
 * and retry fast. Also turns ungoverned features on, as a tenant before its first StoreRollout.
 */
public class DeliveryReceiverResource implements QuarkusTestResourceLifecycleManager {

  /** The receiver's base URL; {@code GET <base>/log?ref=...} lists what it received. */
  public static final String RECEIVER_URL = "vitrine.test.delivery-receiver";

  private DeliveryReceiver receiver;

  @Override
  public Map<String, String> start() {
    try {
      receiver = new DeliveryReceiver();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "vitrine.messages.email.url",
        receiver.uri("/email").toString(),
        "vitrine.messages.sms.url",
        receiver.uri("/sms").toString(),
        "vitrine.messages.dispatch-every",
        "1s",
        "vitrine.messages.backoff-initial",
        "PT0.1S",
        "vitrine.messages.backoff-max",
        "PT0.5S",
        "vitrine.messages.max-attempts",
        "5",
        "vitrine.features.ungoverned",
        "enabled",
        RECEIVER_URL,
        receiver.uri("").toString());
  }

  @Override
  public void stop() {
    if (receiver != null) {
      receiver.close();
    }
  }
}
