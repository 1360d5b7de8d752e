package io.vitrine.tenant.catalog;

import static io.vitrine.tenant.common.problem.ProblemType.CATALOG_UNAVAILABLE;

import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.common.security.Roles;
import io.vitrine.tenant.ingredients.AllergenGroups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Catalog search for associates and above, on the tenant's OpenSearch index. */
@Path("/v1/catalog/products")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class CatalogSearchResource {

  /** Commas separate names, except between digits (1,2-HEXANEDIOL). */
  private static final Pattern NAME_SEPARATOR = Pattern.compile("(?<!\\d),|,(?!\\d)");

  private final CatalogIndex index;
  private final AllergenGroups allergens;

  public CatalogSearchResource(CatalogIndex index, AllergenGroups allergens) {
    this.index = index;
    this.allergens = allergens;
  }

  @GET
  @RolesAllowed({Roles.ASSOCIATE, Roles.STORE_MANAGER, Roles.RETAILER_ADMIN})
  @Operation(
      summary =
          "Search products by text and filters; no hit contains an excluded ingredient, and when"
              + " exclusions are given, products without an ingredient list are left out")
  public ProductHits search(
      @QueryParam("q") @Size(max = 200) String q,
      @QueryParam("brand") @Size(max = 100) String brand,
      @QueryParam("category") @Size(max = 100) String category,
      @QueryParam("skinType") @Size(max = 60) String skinType,
      @QueryParam("excludeIngredients")
          @Parameter(
              description =
                  "INCI names in any spelling (Fragrance means PARFUM) or allergen groups"
                      + " (FRAGRANCE_ALLERGENS, PARABENS, ...), comma-separated or repeated")
          List<String> excludeIngredients,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    var query =
        new ProductQuery(
            blankToNull(q),
            blankToNull(brand),
            blankToNull(category),
            skinType == null || skinType.isBlank() ? null : skinType.strip().toLowerCase(),
            allergens.expand(names(excludeIngredients)),
            page,
            size);
    try {
      return index.search(query);
    } catch (IOException e) {
      throw Problem.of(CATALOG_UNAVAILABLE).because("the catalog search failed").causedBy(e);
    }
  }

  private static List<String> names(List<String> parameters) {
    var names = new ArrayList<String>();
    if (parameters != null) {
      parameters.forEach(value -> names.addAll(List.of(NAME_SEPARATOR.split(value))));
    }
    return names;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
