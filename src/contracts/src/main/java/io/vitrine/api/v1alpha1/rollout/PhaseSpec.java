package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.ArrayList;
import java.util.List;

/** One step of a rollout: which stores, how fast, and what must hold before the next step. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PhaseSpec {

  @Required
  @Size(min = 1, max = 63)
  @Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
  @JsonPropertyDescription("Name of the phase (a DNS label), e.g. pilot, cohort, chain.")
  private String name;

  @Required
  @JsonPropertyDescription(
      "The stores this phase adds: explicit POS location ids, a selector over store labels, or"
          + " all stores.")
  private StoreSelection stores;

  @Min(1)
  @JsonPropertyDescription(
      "At most this many of the phase's new stores are switched on per evaluation interval;"
          + " unset switches them all on at once.")
  private Integer maxConcurrentStores;

  @Default("0s")
  @Pattern(StoreRolloutSpec.DURATION)
  @JsonPropertyDescription(
      "The phase runs at least this long (from when its stores are on) before the rollout moves"
          + " on, e.g. 24h; seconds in tests.")
  private String minDuration = "0s";

  @Size(max = 10)
  @JsonPropertyDescription(
      "KPI gates measured over the phase's stores since the phase started. All must pass before"
          + " the rollout moves on; one failing rolls back per spec.rollback.")
  private List<GateSpec> gates = new ArrayList<>();

  @Default("Automatic")
  @JsonPropertyDescription(
      "Required: the phase's stores are switched on only once someone approved this phase (from"
          + " spec.approvals or the kubectl vitrine plugin). Automatic: no approval.")
  private Approval approval = Approval.Automatic;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public StoreSelection getStores() {
    return stores;
  }

  public void setStores(StoreSelection stores) {
    this.stores = stores;
  }

  public Integer getMaxConcurrentStores() {
    return maxConcurrentStores;
  }

  public void setMaxConcurrentStores(Integer maxConcurrentStores) {
    this.maxConcurrentStores = maxConcurrentStores;
  }

  public String getMinDuration() {
    return minDuration;
  }

  public void setMinDuration(String minDuration) {
    this.minDuration = minDuration;
  }

  public List<GateSpec> getGates() {
    return gates;
  }

  public void setGates(List<GateSpec> gates) {
    this.gates = gates;
  }

  public Approval getApproval() {
    return approval;
  }

  public void setApproval(Approval approval) {
    this.approval = approval;
  }
}
