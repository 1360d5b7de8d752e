package io.vitrine.api.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.api.v1alpha1.rollout.FeatureName;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constraint on {@code feature} is a literal (an annotation value): it names exactly the
 * features a StoreRollout governs.
 */
class KpiRequestTest {

  @Test
  void theFeatureMustBeOneARolloutGoverns() throws NoSuchFieldException {
    String regexp =
        KpiRequest.class.getDeclaredField("feature").getAnnotation(Pattern.class).regexp();

    assertThat(List.of(regexp.split("\\|")))
        .containsExactlyElementsOf(
            Arrays.stream(FeatureName.values()).map(FeatureName::key).toList());
  }
}
