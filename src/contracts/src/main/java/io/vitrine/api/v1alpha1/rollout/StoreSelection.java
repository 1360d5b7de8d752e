package io.vitrine.api.v1alpha1.rollout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.List;

/** Stores by POS location id, by labels, or all of them: exactly one. */
@ValidationRule(
    value =
        "(has(self.ids) ? 1 : 0) + (has(self.selector) ? 1 : 0)"
            + " + ((has(self.all) && self.all) ? 1 : 0) == 1",
    message = "set exactly one of ids, selector, all: true")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StoreSelection {

  @Size(min = 1, max = 5000)
  @JsonPropertyDescription("POS location ids of the stores (stores.pos_location_id).")
  private List<String> ids;

  @JsonPropertyDescription(
      "A label selector (matchLabels, matchExpressions) over the stores' labels in the store"
          + " registry, e.g. region, format, flagship.")
  private LabelSelector selector;

  @JsonPropertyDescription("Every store, including stores added later.")
  private Boolean all;

  public List<String> getIds() {
    return ids;
  }

  public void setIds(List<String> ids) {
    this.ids = ids;
  }

  public LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(LabelSelector selector) {
    this.selector = selector;
  }

  public Boolean getAll() {
    return all;
  }

  public void setAll(Boolean all) {
    this.all = all;
  }
}
