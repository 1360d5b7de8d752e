package io.vitrine.tenant.ai;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@link PromptGuard} found in a prompt: nothing, or the kinds of personal data. */
public record GuardVerdict(Set<PiiKind> found) {

  public GuardVerdict {
    found = found.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(found));
  }

  public boolean clean() {
    return found.isEmpty();
  }

  /** The kinds, e.g. {@code EMAIL_ADDRESS,PHONE_NUMBER}: safe to log and audit. */
  public String kinds() {
    return found.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
