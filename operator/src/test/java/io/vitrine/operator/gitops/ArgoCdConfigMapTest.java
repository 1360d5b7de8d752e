package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The argocd-cm patch carries exactly the health check that ArgoCdHealthCheckTest exercises. */
class ArgoCdConfigMapTest {

  private static final Path ARGOCD = Path.of("..", "deploy", "gitops", "argocd");

  @Test
  void configMapPatchEmbedsTheTestedHealthCheck() throws IOException {
    var patch = new YAMLMapper().readTree(ARGOCD.resolve("argocd-cm-health.yaml").toFile());

    assertThat(
            patch
                .at("/data/resource.customizations.health.vitrine.io_RetailerIntegration")
                .asText())
        .isEqualTo(Files.readString(ARGOCD.resolve("health/retailerintegration.lua")));
  }
}
