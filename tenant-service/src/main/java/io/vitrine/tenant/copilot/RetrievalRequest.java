package io.vitrine.tenant.copilot;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A question and the retrieval method to evaluate.
 *
 * @param lexicalWeight BM25's weight in the {@code HYBRID} fusion, to compare weights; the
 *     configured {@code vitrine.copilot.lexical-weight} when absent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RetrievalRequest(
    @NotBlank @Size(max = 1000) String question,
    @NotNull RetrievalMode mode,
    @Min(1) @Max(50) int size,
    @DecimalMin("0") @DecimalMax("1") Double lexicalWeight) {}
