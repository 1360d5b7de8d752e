package io.vitrine.tenant.pos.webhook;

/** A delivery refused before anything was stored; the message never quotes the body. */
public class WebhookRejectedException extends RuntimeException {

  /** Why, as a low-cardinality metric tag and an HTTP status. */
  public enum Reason {
    NOT_CONFIGURED(404, "webhook-not-configured", "Webhook not configured"),
    SIGNATURE(401, "webhook-signature", "Webhook signature invalid"),
    WRONG_ACCOUNT(403, "webhook-wrong-account", "Webhook from another account"),
    MALFORMED(400, "webhook-malformed", "Webhook malformed");

    public final int status;
    public final String problemType;
    public final String title;

    Reason(int status, String problemType, String title) {
      this.status = status;
      this.problemType = problemType;
      this.title = title;
    }

    public String tag() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  private final Reason reason;

  public WebhookRejectedException(Reason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
