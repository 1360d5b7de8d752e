package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;

/** An approval of a phase given in Git. */
public class ApprovalSpec {

  @Required
  @Size(min = 1, max = 63)
  @JsonPropertyDescription("The approved phase.")
  private String phase;

  @Required
  @Size(min = 1, max = 253)
  @JsonPropertyDescription("Who approved (for the record).")
  private String by;

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
}
