package io.vitrine.tenant.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class CatalogFilesTest {

  @Test
  void csvRowsAreNumberedFromOneWithoutTheHeader() {
    var rows = CatalogFiles.csv("sku,name\nA,Alpha\nB,Beta\n");
    assertThat(rows).extracting(RawRow::number).containsExactly(1, 2);
    assertThat(rows.get(1).fields().get("name").asText()).isEqualTo("Beta");
  }

  @Test
  void aCsvWithoutASkuColumnIsRefusedWhole() {
    assertThatThrownBy(() -> CatalogFiles.csv("name,brand\nAlpha,Aster\n"))
        .isInstanceOf(Problem.class)
        .hasFieldOrPropertyWithValue("type", ProblemType.VALIDATION)
        .hasFieldOrPropertyWithValue(
            "errors",
            java.util.List.of(
                new io.vitrine.tenant.common.problem.FieldError(
                    "body", "the CSV header must name a sku column")));
  }

  @Test
  void jsonThatIsNotAnArrayIsRefusedWhole() {
    assertThatThrownBy(() -> CatalogFiles.json(JsonNodeFactory.instance.objectNode()))
        .isInstanceOf(Problem.class)
        .hasFieldOrPropertyWithValue("type", ProblemType.VALIDATION);
  }
}
