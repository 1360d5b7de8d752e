package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** A transition of the rollout. */
public class Transition {
  @JsonPropertyDescription("When.")
  private String at;

  @JsonPropertyDescription("The phase before, absent at the start.")
  private String fromPhase;

  @JsonPropertyDescription("The phase after.")
  private String toPhase;

  @JsonPropertyDescription("The state after.")
  private PhaseState state;

  @JsonPropertyDescription("Why, in one CamelCase word.")
  private String reason;

  @JsonPropertyDescription("What happened.")
  private String message;

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }

  public String getFromPhase() {
    return fromPhase;
  }

  public void setFromPhase(String fromPhase) {
    this.fromPhase = fromPhase;
  }

  public String getToPhase() {
    return toPhase;
  }

  public void setToPhase(String toPhase) {
    this.toPhase = toPhase;
  }

  public PhaseState getState() {
    return state;
  }

  public void setState(PhaseState state) {
    this.state = state;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Transition other
        && Objects.equals(at, other.at)
        && Objects.equals(fromPhase, other.fromPhase)
        && Objects.equals(toPhase, other.toPhase)
        && Objects.equals(state, other.state)
        && Objects.equals(reason, other.reason)
        && Objects.equals(message, other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(at, fromPhase, toPhase, state, reason, message);
  }
}
