package io.vitrine.kubectl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetailerSummaryTest {

  @Test
  void showsReadinessTheTenantsPartsAndEveryCondition() {
    Map<String, Object> retailer =
        Map.of(
            "metadata", Map.of("name", "maison-aster", "generation", 2),
            "spec",
                Map.of(
                    "retailerId",
                    "maison-aster",
                    "segment",
                    "beauty",
                    "deletionPolicy",
                    "Delete",
                    "preventDeletion",
                    true,
                    "pos",
                    Map.of("provider", "shopify")),
            "status",
                Map.of(
                    "observedGeneration", 2,
                    "namespace", "vitrine-maison-aster",
                    "realm", "vitrine-maison-aster",
                    "databaseSchema", "tenant_maison_aster",
                    "conditions",
                        List.of(
                            Map.of(
                                "type",
                                "Ready",
                                "status",
                                "False",
                                "reason",
                                "KeycloakUnavailable",
                                "message",
                                "realm not reachable"),
                            Map.of("type", "Stalled", "status", "False", "reason", "Retrying"))));

    String summary = RetailerSummary.render(retailer);

    assertThat(summary)
        .contains("RetailerIntegration maison-aster")
        .contains("Ready:        False (KeycloakUnavailable): realm not reachable")
        .contains("Generation:   2, observed 2\n")
        .contains("Deletion:     policy Delete, deletion prevented (spec.preventDeletion)")
        .containsPattern("Namespace +vitrine-maison-aster")
        .containsPattern("OpenSearch alias +-")
        .containsPattern("Stalled +False +Retrying");
  }
}
