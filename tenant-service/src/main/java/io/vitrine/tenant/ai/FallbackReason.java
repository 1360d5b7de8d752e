package io.vitrine.tenant.ai;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a feature used its deterministic text instead of the model's. */
public enum FallbackReason {
  /** The RetailerIntegration declares no model endpoint ({@code spec.ai}). */
  NO_MODEL_ENDPOINT("no-model-endpoint"),
  /** The StoreRollout settings of the feature do not ask for the model here. */
  NOT_REQUESTED("not-requested"),
  /** {@link PromptGuard} found personal data in the prompt; nothing was sent. */
  PROMPT_REFUSED("prompt-refused"),
  /** The model did not answer within the feature's time. */
  MODEL_TIMEOUT("model-timeout"),
  /** Recent calls failed: the circuit is open and the model is not called for a while. */
  CIRCUIT_OPEN("circuit-open"),
  /** The endpoint refused the call or could not be reached. */
  MODEL_ERROR("model-error"),
  /**
   * The model answered with no text, more than the feature can use, or text with what looks like
   * personal data (an address, a phone number it made up).
   */
  UNUSABLE_ANSWER("unusable-answer");

  private final String key;

  FallbackReason(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }
}
