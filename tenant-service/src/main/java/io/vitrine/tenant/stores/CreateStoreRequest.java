package io.vitrine.tenant.stores;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A new store: its POS location id, a display name, optional labels and optional coordinates
 * (latitude and longitude together, in WGS 84 degrees).
 */
public record CreateStoreRequest(
    @NotBlank
        @Size(max = 128)
        @Pattern(
            regexp = "[A-Za-z0-9._:-]*",
            message = "must contain only letters, digits, '.', '_', ':' or '-'")
        String posLocationId,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 50) Map<@NotBlank @Size(max = 64) String, @NotBlank @Size(max = 200) String> labels,
    @DecimalMin("-90") @DecimalMax("90") Double latitude,
    @DecimalMin("-180") @DecimalMax("180") Double longitude) {

  /** A store without coordinates. */
  public CreateStoreRequest(String posLocationId, String name, Map<String, String> labels) {
    this(posLocationId, name, labels, null, null);
  }

  public Map<String, String> labelsOrEmpty() {
    return labels == null ? Map.of() : labels;
  }
}
