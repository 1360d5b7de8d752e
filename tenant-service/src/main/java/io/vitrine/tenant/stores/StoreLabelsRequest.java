package io.vitrine.tenant.stores;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The complete set of labels a store should carry from now on. */
public record StoreLabelsRequest(
    @NotNull @Size(max = 50)
        Map<@NotBlank @Size(max = 64) String, @NotBlank @Size(max = 200) String> labels) {}
