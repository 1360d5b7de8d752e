package io.vitrine.e2e.day;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The corpus of real published ingredient labels that tenant-service's screening tests use (source
 * and method in the file's header), read from tenant-service's test resources: each label with the
 * groups a reader found in it.
 */
public final class PublishedLabels {

  private static final Path FILE =
      Path.of("..", "..", "tenant-service", "src", "test", "resources", "labels")
          .resolve("sephora-labels.txt");

  private PublishedLabels() {}

  /** One label: its corpus category, brand, product, groups found ({@code -} for none), text. */
  public record Label(
      String category, String brand, String product, Set<String> groups, String text) {

    public boolean fragrance() {
      return groups.contains("fragrance");
    }

    public boolean readable() {
      return !groups.contains("no-list");
    }

    /** The catalog category of the corpus's one (regimen steps and complements know these). */
    public String catalogCategory() {
      return switch (category) {
        case "Cleanser" -> "cleanser";
        case "Treatment" -> "serum";
        case "Moisturizer" -> "moisturizer";
        case "Sun protect" -> "sunscreen";
        case "Eye cream" -> "eye-cream";
        default -> "mask";
      };
    }
  }

  public static List<Label> all() throws IOException {
    return Files.readAllLines(FILE).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\\|", 6))
        .map(f -> new Label(f[0], f[1], f[2], Set.of(f[3].split("\\+")), f[5]))
        .toList();
  }
}
