package io.vitrine.tenant.ai;

/**
 * A prompt {@link PromptGuard} refused. The message names the kinds of personal data found, never
 * the data.
 */
public class PromptRefusedException extends RuntimeException {

  private final GuardVerdict verdict;

  public PromptRefusedException(GuardVerdict verdict) {
    super("prompt refused: it contains " + verdict.kinds(), null, false, false);
    this.verdict = verdict;
  }

  public GuardVerdict verdict() {
    return verdict;
  }
}
