package io.vitrine.operator.config;

import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Enables leader election: quarkus-operator-sdk elects a leader only when a bean of this type
 * exists, so two replicas of the operator never reconcile the same tenant at once.
 */
@Singleton
public class OperatorLeaderElection extends LeaderElectionConfiguration {

  @Inject
  public OperatorLeaderElection(LeaderElectionSettings settings) {
    super(settings.leaseName(), settings.leaseNamespace());
  }
}
