package io.vitrine.tenant.pos.webhook;

/** The delivery could not be recorded durably; the vendor must retry it. */
public class WebhookStoreUnavailableException extends RuntimeException {

  public WebhookStoreUnavailableException(Throwable cause) {
    super("The event could not be recorded; retry later.", cause);
  }
}
