package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/** An approval received. */
public class ApprovalRecord {
  @JsonPropertyDescription("The approved phase.")
  private String phase;

  @JsonPropertyDescription("Who approved.")
  private String by;

  @JsonPropertyDescription("When the operator received the approval.")
  private String at;

  @JsonPropertyDescription("Git (spec.approvals) or Cli (the vitrine.io/action annotation).")
  private String source;

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

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApprovalRecord other
        && Objects.equals(phase, other.phase)
        && Objects.equals(by, other.by)
        && Objects.equals(at, other.at)
        && Objects.equals(source, other.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(phase, by, at, source);
  }
}
