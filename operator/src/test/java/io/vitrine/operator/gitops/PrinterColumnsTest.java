package io.vitrine.operator.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "kubectl get retailerintegrations" answers the first question first: the committed CRD keeps the
 * printer columns in the order the Java model declares them (src/local/crd-columns.py), not the
 * generator's order by jsonPath, which would put Age first.
 */
class PrinterColumnsTest {

  @Test
  void retailerColumnsStartWithReadinessAndEndWithAge() throws IOException {
    assertThat(columns("retailerintegrations"))
        .containsExactly("Ready", "Reason", "Retailer", "Segment", "POS", "Age");
  }

  @Test
  void rolloutColumnsShowReadinessPhaseAndStoresBeforeAge() throws IOException {
    assertThat(columns("storerollouts"))
        .containsExactly("Ready", "Phase", "Enabled", "Targeted", "Reason", "Age");
  }

  private static List<String> columns(String plural) throws IOException {
    JsonNode crd =
        new YAMLMapper().readTree(Path.of("..", "crds", plural + ".vitrine.io-v1.yml").toFile());
    List<String> columns = new ArrayList<>();
    crd.at("/spec/versions/0/additionalPrinterColumns")
        .forEach(c -> columns.add(c.get("name").asText()));
    return columns;
  }
}
