package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The argocd-cm patch carries exactly the health checks that the health check tests exercise. */
class ArgoCdConfigMapTest {

  private static final Path ARGOCD = Path.of("..", "deploy", "gitops", "argocd");

  @Test
  void configMapPatchEmbedsTheTestedHealthChecks() throws IOException {
    var patch = new YAMLMapper().readTree(ARGOCD.resolve("argocd-cm-health.yaml").toFile());

    assertThat(
            patch
                .at("/data/resource.customizations.health.vitrine.io_RetailerIntegration")
                .asText())
        .isEqualTo(Files.readString(ARGOCD.resolve("health/retailerintegration.lua")));
    assertThat(patch.at("/data/resource.customizations.health.vitrine.io_StoreRollout").asText())
        .isEqualTo(Files.readString(ARGOCD.resolve("health/storerollout.lua")));
  }
}
