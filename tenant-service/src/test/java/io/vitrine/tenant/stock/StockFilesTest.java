package io.vitrine.tenant.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.common.problem.FieldError;
import io.vitrine.tenant.common.problem.Problem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stock files: CSV or JSON rows, each valid row a count, each invalid one its field errors. */
class StockFilesTest {

  private static final Instant IMPORTED = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void aCsvRowBecomesAnImportedCountAtItsOwnTimeOrTheImports() {
    List<StockFileRow> rows =
        StockFiles.csv(
            """
            Store,SKU,Quantity,Counted_At
            paris-1,AST-SERUM-30,4,2026-03-01T09:00:00+01:00
            lyon-2,AST-CREAM-50,0,
            """);

    assertThat(rows).extracting(StockFileRow::number).containsExactly(1, 2);
    StockCount first = StockRowValidator.validate(rows.get(0), IMPORTED).count();
    assertThat(first)
        .isEqualTo(
            new StockCount(
                StockCount.IMPORT,
                "paris-1",
                "AST-SERUM-30",
                4,
                Instant.parse("2026-03-01T08:00:00Z").toEpochMilli(),
                Instant.parse("2026-03-01T08:00:00Z")));
    StockCount second = StockRowValidator.validate(rows.get(1), IMPORTED).count();
    assertThat(second.quantity()).isZero();
    assertThat(second.countedAt()).isEqualTo(IMPORTED);
    assertThat(second.version()).isEqualTo(IMPORTED.toEpochMilli());
  }

  @Test
  void everyProblemOfARowIsNamedWithItsField() throws Exception {
    List<StockFileRow> rows =
        StockFiles.json(
            new ObjectMapper()
                .readTree(
                    """
                    [{"store":"paris 1","sku":"","quantity":"2.5","countedAt":"yesterday"},
                     {"store":"paris-1","sku":"A","quantity":1,"counted_at":"2027-01-01T00:00:00Z"},
                     42]
                    """));

    assertThat(StockRowValidator.validate(rows.get(0), IMPORTED).errors())
        .extracting(FieldError::field)
        .containsExactly("store", "sku", "quantity", "counted_at");
    assertThat(StockRowValidator.validate(rows.get(1), IMPORTED).errors())
        .containsExactly(new FieldError("counted_at", "must not be in the future"));
    assertThat(StockRowValidator.validate(rows.get(2), IMPORTED).errors())
        .containsExactly(new FieldError("row", "must be a JSON object"));
  }

  @Test
  void aFileThatIsNotCsvOrLacksAColumnIsRefusedWhole() {
    assertThatThrownBy(() -> StockFiles.csv("store,sku\nparis-1,A\n"))
        .isInstanceOf(Problem.class)
        .satisfies(
            e ->
                assertThat(((Problem) e).errors())
                    .containsExactly(
                        new FieldError("body", "the CSV header must name a quantity column")));
    assertThatThrownBy(() -> StockFiles.json(new ObjectMapper().createObjectNode()))
        .isInstanceOf(Problem.class);
  }
}
