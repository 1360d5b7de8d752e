package io.vitrine.tenant.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The regimen steps in their order of application, read from {@code regimen/steps.json}: AM
 * cleanser, toner, serum, moisturizer, SPF; PM cleanser, serum or retinoid, moisturizer.
 */
public final class RegimenCatalog {

  private static final String RESOURCE = "regimen/steps.json";

  private final List<RegimenStep> steps;

  public RegimenCatalog(List<RegimenStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The catalog shipped with the service. */
  public static RegimenCatalog standard(ObjectMapper json) {
    try (InputStream in = RegimenCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new RegimenCatalog(json.readValue(in, Document.class).steps());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** All steps, in order of application. */
  public List<RegimenStep> steps() {
    return steps;
  }

  /** The step a product category fills, compared without case. */
  public Optional<RegimenStep> stepFor(String category) {
    if (category == null) {
      return Optional.empty();
    }
    String key = category.trim().toLowerCase(Locale.ROOT);
    return steps.stream().filter(step -> step.categories().contains(key)).findFirst();
  }

  private record Document(List<RegimenStep> steps) {}
}
