package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** An action asked from the command line, and what the operator did with it. */
public class ActionRecord {

  /** The {@code result} of an action the operator carried out. */
  public static final String APPLIED = "Applied";

  /** The {@code result} of an action the operator refused; the message says why. */
  public static final String REJECTED = "Rejected";

  @JsonPropertyDescription("The action's id (a UUID chosen by the client).")
  private String id;

  @JsonPropertyDescription("approve, pause, resume, abort or retry.")
  private String action;

  @JsonPropertyDescription("The phase, for approve.")
  private String phase;

  @JsonPropertyDescription("Who asked.")
  private String by;

  @JsonPropertyDescription("When they asked.")
  private String at;

  @JsonPropertyDescription("Applied or Rejected.")
  private String result;

  @JsonPropertyDescription("Why it was rejected, or what it did.")
  private String message;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActionRecord other
        && Objects.equals(id, other.id)
        && Objects.equals(action, other.action)
        && Objects.equals(phase, other.phase)
        && Objects.equals(by, other.by)
        && Objects.equals(at, other.at)
        && Objects.equals(result, other.result)
        && Objects.equals(message, other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, action, phase, by, at, result, message);
  }
}
