package io.vitrine.tenant.copilot;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A question and the retrieval method to evaluate. */
public record RetrievalRequest(
    @NotBlank @Size(max = 1000) String question,
    @NotNull RetrievalMode mode,
    @Min(1) @Max(50) int size) {}
