package io.vitrine.tenant.messages;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Writes the post-purchase regimen guidance from the Qute templates under {@code
 * templates/messages/}: a subject and body for e-mail, a short body for SMS.
 */
public final class RegimenMessageRenderer {

  static final String SUBJECT = "messages/post-purchase-regimen-subject.txt";
  static final String EMAIL = "messages/post-purchase-regimen-email.txt";
  static final String SMS = "messages/post-purchase-regimen-sms.txt";

  private final Template subject;
  private final Template email;
  private final Template sms;

  public RegimenMessageRenderer(Engine engine) {
    this.subject = required(engine, SUBJECT);
    this.email = required(engine, EMAIL);
    this.sms = required(engine, SMS);
  }

  public RenderedMessage render(RegimenPlan plan, ContactChannel channel) {
    return switch (channel) {
      case EMAIL ->
          new RenderedMessage(
              subject.data("plan", plan).render().strip(),
              email.data("plan", plan).render().strip());
      case SMS -> new RenderedMessage(null, sms.data("plan", plan).render().strip());
    };
  }

  private static Template required(Engine engine, String id) {
    Template template = engine.getTemplate(id);
    if (template == null) {
      throw new IllegalStateException("template " + id + " is missing");
    }
    return template;
  }
}
