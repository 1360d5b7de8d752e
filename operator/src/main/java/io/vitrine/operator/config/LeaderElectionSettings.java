package io.vitrine.operator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Lease that the operator's replicas compete for. Leader election is active in the prod profile
 * only ({@code quarkus.operator-sdk.activate-leader-election-for-profiles}); in a cluster the Helm
 * chart sets the namespace to the operator's own.
 */
@ConfigMapping(prefix = "vitrine.leader-election")
public interface LeaderElectionSettings {

  @WithDefault("vitrine-operator")
  String leaseName();

  @WithDefault("vitrine-system")
  String leaseNamespace();
}
