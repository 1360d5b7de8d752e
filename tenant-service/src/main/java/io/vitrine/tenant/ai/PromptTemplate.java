package io.vitrine.tenant.ai;

import java.util.Objects;

/**
 * Which prompt a feature sent, for the audit: its name and the version of its wording. A change to
 * the wording or to the fields a prompt carries takes a new version.
 */
public record PromptTemplate(String name, String version) {

  public PromptTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  @Override
  public String toString() {
    return name + "@" + version;
  }
}
