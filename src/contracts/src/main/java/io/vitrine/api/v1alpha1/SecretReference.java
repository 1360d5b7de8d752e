package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

public class SecretReference {

  @Required
  @JsonPropertyDescription("Namespace of the Secret (usually the operator's namespace).")
  private String namespace;

  @Required
  @JsonPropertyDescription("Name of the Secret.")
  private String name;

  public SecretReference() {}

  public SecretReference(String namespace, String name) {
    this.namespace = namespace;
    this.name = name;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
