package io.vitrine.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.generator.annotation.ValidationRule;
import io.vitrine.api.v1alpha1.rollout.FeatureName;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The CRD's rule on {@code tenantService.featureDefaults} is a literal (the CRD must not change
 * with the Java code's formatting): it names exactly the features of {@link FeatureName}.
 */
class FeatureKeysTest {

  @Test
  void featureDefaultsAcceptExactlyTheFeaturesARolloutGoverns() throws NoSuchFieldException {
    ValidationRule rule =
        TenantServiceSpec.class
            .getDeclaredField("featureDefaults")
            .getAnnotation(ValidationRule.class);

    Matcher quoted = Pattern.compile("'([a-z-]+)'").matcher(rule.value());
    var allowed = quoted.results().map(m -> m.group(1)).toList();

    assertThat(allowed)
        .containsExactlyElementsOf(
            Arrays.stream(FeatureName.values()).map(FeatureName::key).toList());
    assertThat(rule.message()).contains(allowed);
  }
}
