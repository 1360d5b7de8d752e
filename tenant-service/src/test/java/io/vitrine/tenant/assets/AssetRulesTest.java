package io.vitrine.tenant.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.tenant.common.problem.FieldError;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** Warranty and serial rules are validated field by field before anything is stored. */
class AssetRulesTest {

  @Test
  void aSerialRuleMustFitItsPos() {
    assertThatThrownBy(
            () ->
                WarrantyService.validSerialRule(
                    "square",
                    new AssetRequests.SerialRuleBody(SerialRule.Source.PROPERTY, null, "(")))
        .isInstanceOfSatisfying(
            Problem.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
              assertThat(problem.errors())
                  .extracting(FieldError::field)
                  .containsExactlyInAnyOrder("name", "source", "pattern");
            });
    assertThatThrownBy(
            () ->
                WarrantyService.validSerialRule(
                    "clover",
                    new AssetRequests.SerialRuleBody(SerialRule.Source.NOTE, null, "SN\\d+")))
        .isInstanceOfSatisfying(
            Problem.class,
            problem ->
                assertThat(problem.errors())
                    .extracting(FieldError::field)
                    .containsExactly("pattern"));
    assertThat(
            WarrantyService.validSerialRule(
                    "square",
                    new AssetRequests.SerialRuleBody(
                        SerialRule.Source.ATTRIBUTE, " serial_number ", null))
                .name())
        .isEqualTo("serial_number");
  }

  @Test
  void aRepairExtensionGoesWithTheExtendPolicyOnly() {
    assertThatThrownBy(
            () ->
                WarrantyService.validRule(
                    "HR-SUB-41",
                    new AssetRequests.WarrantyRuleBody(
                        60,
                        WarrantyRule.StartBasis.SALE,
                        true,
                        WarrantyRule.RepairPolicy.EXTEND,
                        0)))
        .isInstanceOfSatisfying(
            Problem.class,
            problem ->
                assertThat(problem.errors())
                    .extracting(FieldError::field)
                    .containsExactly("repairExtensionMonths"));
    assertThat(
            WarrantyService.validRule(
                    "HR-SUB-41",
                    new AssetRequests.WarrantyRuleBody(
                        60,
                        WarrantyRule.StartBasis.SALE,
                        false,
                        WarrantyRule.RepairPolicy.NONE,
                        null))
                .repairExtensionMonths())
        .isZero();
  }
}
