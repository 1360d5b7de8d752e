package io.vitrine.tenant.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vitrine.tenant.common.problem.FieldError;
import io.vitrine.tenant.ingredients.InciNormalizer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductValidatorTest {

  private final ProductValidator validator = new ProductValidator(InciNormalizer.standard());

  @Test
  void aCsvRowBecomesAProductWithCanonicalIngredientsAndExtraColumnsAsAttributes() {
    var rows =
        CatalogFiles.csv(
            "SKU,Name,Brand,price,currency,Ingredients,skin_types,Shelf-Life-Months,finish\n"
                + "S-1,Rose Cream,Aster,42.50,eur,\"Aqua, Parfum (Fragrance), Linalool\","
                + "Dry|Sensitive,24,matte\n");
    var result = validator.validate(rows.get(0));

    assertThat(result.errors()).isEmpty();
    Product product = result.product();
    assertThat(product.sku()).isEqualTo("S-1");
    assertThat(product.price()).isEqualByComparingTo(new BigDecimal("42.50"));
    assertThat(product.currency()).isEqualTo("EUR");
    assertThat(product.ingredients()).containsExactly("AQUA", "PARFUM", "LINALOOL");
    assertThat(product.skinTypes()).containsExactly("dry", "sensitive");
    assertThat(product.shelfLifeMonths()).isEqualTo(24);
    assertThat(product.attributes()).containsEntry("finish", "matte");
  }

  @Test
  void everyProblemOfARowIsNamedWithItsField() throws Exception {
    var rows =
        CatalogFiles.json(
            new ObjectMapper()
                .readTree(
                    "[{\"sku\": \"bad sku!\", \"price\": -1, \"shelfLifeMonths\": \"soon\","
                        + " \"ingredients\": 3}, 7]"));
    assertThat(validator.validate(rows.get(0)).errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("sku", "name", "price", "ingredients", "shelfLifeMonths");
    assertThat(validator.validate(rows.get(1)).errors())
        .containsExactly(new FieldError("row", "must be a JSON object"));
  }

  @Test
  void aPriceNeedsACurrency() throws Exception {
    var rows =
        CatalogFiles.json(
            new ObjectMapper().readTree("[{\"sku\": \"S-2\", \"name\": \"N\", \"price\": 3}]"));
    assertThat(validator.validate(rows.get(0)).errors())
        .containsExactly(new FieldError("currency", "is required with a price"));
  }

  @Test
  void jsonIngredientListsAreNormalisedToo() throws Exception {
    var rows =
        CatalogFiles.json(
            new ObjectMapper()
                .readTree(
                    "[{\"sku\": \"S-3\", \"name\": \"N\", \"ingredients\": [\"Water\", \"Aroma\"]}]"));
    assertThat(validator.validate(rows.get(0)).product().ingredients())
        .isEqualTo(List.of("AQUA", "PARFUM"));
  }
}
