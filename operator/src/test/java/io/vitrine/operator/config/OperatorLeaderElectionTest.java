package io.vitrine.operator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Replicas elect a leader in a cluster: the prod profile activates leader election, and the Lease
 * is the one the chart's Role grants (its name, in the namespace the chart passes in).
 */
class OperatorLeaderElectionTest {

  @Test
  void leaseIsTheConfiguredOne() {
    var election =
        new OperatorLeaderElection(
            new LeaderElectionSettings() {
              @Override
              public String leaseName() {
                return "vitrine-operator";
              }

              @Override
              public String leaseNamespace() {
                return "platform";
              }
            });

    assertThat(election.getLeaseName()).isEqualTo("vitrine-operator");
    assertThat(election.getLeaseNamespace()).contains("platform");
  }

  @Test
  void prodProfileActivatesLeaderElection() throws IOException {
    var properties = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      properties.load(in);
    }

    assertThat(properties.getProperty("quarkus.operator-sdk.activate-leader-election-for-profiles"))
        .isEqualTo("prod");
  }
}
