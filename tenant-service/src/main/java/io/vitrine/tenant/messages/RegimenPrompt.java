package io.vitrine.tenant.messages;

import io.vitrine.tenant.ai.Prompt;
import io.vitrine.tenant.ai.PromptTemplate;
import java.util.List;

/**
 * The prompt that asks the model to phrase a regimen message: the deterministic plan and nothing
 * about the customer (no name, no contact, no history), products by their display names only. A
 * change to the wording or to the fields it carries takes a new {@link #TEMPLATE} version.
 */
final class RegimenPrompt {

  static final PromptTemplate TEMPLATE = new PromptTemplate("post-purchase-regimen", "1");

  /** The longest text each channel can use; SMS leaves room for the opt-out line. */
  static final int EMAIL_MAX_CHARS = 2400;

  static final int SMS_MAX_CHARS = 280;

  private static final String SYSTEM =
      """
      You write the body of a short message from a beauty retailer's advisors to a client who \
      has just bought skincare. Use only the routine given: its products, its order of steps and \
      its tips. Do not greet the client by name, do not add products, prices, discounts or \
      medical claims, and do not sign. Plain text only.""";

  private RegimenPrompt() {}

  static Prompt of(RegimenPlan plan, ContactChannel channel) {
    var user = new StringBuilder();
    user.append(
        switch (channel) {
          case EMAIL -> "Channel: e-mail, at most 12 short sentences.\n";
          case SMS -> "Channel: SMS, at most " + SMS_MAX_CHARS + " characters.\n";
        });
    routine(user, "Morning routine, in this order:", plan.morning());
    routine(user, "Evening routine, in this order:", plan.evening());
    if (!plan.complements().isEmpty()) {
      user.append("Steps without a product yet (mention in general terms, name no product):\n");
      for (RegimenPlan.Complement step : plan.complements()) {
        user.append("- ")
            .append(step.label())
            .append(" (")
            .append(step.routines())
            .append("): ")
            .append(step.education())
            .append('\n');
      }
    }
    return new Prompt(TEMPLATE, SYSTEM, user.toString().strip());
  }

  static int maxChars(ContactChannel channel) {
    return channel == ContactChannel.SMS ? SMS_MAX_CHARS : EMAIL_MAX_CHARS;
  }

  private static void routine(
      StringBuilder user, String title, List<RegimenPlan.PlannedStep> steps) {
    if (steps.isEmpty()) {
      return;
    }
    user.append(title).append('\n');
    int number = 1;
    for (RegimenPlan.PlannedStep step : steps) {
      user.append(number++)
          .append(". ")
          .append(step.label())
          .append(": ")
          .append(String.join(", ", step.products()))
          .append(". Tip: ")
          .append(step.tip())
          .append('\n');
    }
  }
}
