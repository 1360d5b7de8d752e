package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.operator.retailer.model.SecretNames;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantSecrets;
import java.util.Optional;

/** The secrets of the realm's admin API and service clients. */
@KubernetesDependent(informer = @Informer(labelSelector = Selectors.KEYCLOAK_SECRET))
public class KeycloakClientsSecretDependent extends GeneratedSecretDependent {

  public KeycloakClientsSecretDependent() {
    super(SecretNames.KEYCLOAK_CLIENTS);
  }

  @Override
  Secret generate(TenantNames names, Optional<Secret> existing) {
    return TenantSecrets.keycloakClients(names, existing);
  }
}
