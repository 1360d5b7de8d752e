package io.vitrine.operator.retailer.dependent;

import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.vitrine.operator.retailer.model.SecretNames;
import io.vitrine.operator.retailer.model.TenantNames;
import io.vitrine.operator.retailer.model.TenantSecrets;
import java.util.Optional;

/** The password of the tenant's database role. */
@KubernetesDependent(informer = @Informer(labelSelector = Selectors.DATABASE_SECRET))
public class DatabaseSecretDependent extends GeneratedSecretDependent {

  public DatabaseSecretDependent() {
    super(SecretNames.DATABASE);
  }

  @Override
  Secret generate(TenantNames names, Optional<Secret> existing) {
    return TenantSecrets.database(names, existing);
  }
}
