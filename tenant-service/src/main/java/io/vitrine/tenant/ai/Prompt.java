package io.vitrine.tenant.ai;

import java.util.Objects;

/**
 * The exact messages a feature sends to the model: a system message and a user message, rendered
 * from a versioned {@link PromptTemplate}. Its {@link #sha256()} is what the audit records.
 */
public record Prompt(PromptTemplate template, String system, String user) {

  public Prompt {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(user, "user");
  }

  /**
   * SHA-256 of the messages in the order sent, each as its role, a line feed, its text and a NUL:
   * the same function over the messages a model server received gives the same hash ({@link
   * #sha256(String, String)}).
   */
  public String sha256() {
    return sha256(system, user);
  }

  public static String sha256(String system, String user) {
    return Sha256.hex("system\n" + system + "\0user\n" + user + "\0");
  }

  /** The prompt's text never goes into logs: only its template and hash. */
  @Override
  public String toString() {
    return "Prompt[" + template + ", sha256=" + sha256() + "]";
  }
}
