package io.vitrine.tenant.checkout.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The real published ingredient labels of {@code /labels/sephora-labels.txt}, each with what a
 * person reading it found (the file's header says where they come from and how they were checked).
 */
public final class LabelCorpus {

  public static final String RESOURCE = "/labels/sephora-labels.txt";

  /**
   * One label.
   *
   * @param expected what a reader found: {@code fragrance}, {@code nuts}, {@code nuts-borderline},
   *     {@code no-list} (not an ingredient list), or nothing
   */
  public record Label(
      String category,
      String brand,
      String product,
      Set<String> expected,
      String evidence,
      String text) {

    public boolean fragrance() {
      return expected.contains("fragrance");
    }

    /** A tree nut or peanut source, borderline ones included when {@code borderline}. */
    public boolean nuts(boolean borderline) {
      return expected.contains("nuts") || (borderline && expected.contains("nuts-borderline"));
    }

    public boolean noList() {
      return expected.contains("no-list");
    }

    public String id() {
      return brand + " | " + product;
    }
  }

  private LabelCorpus() {}

  public static List<Label> labels() {
    try (InputStream in = LabelCorpus.class.getResourceAsStream(RESOURCE)) {
      var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      var labels = new ArrayList<Label>();
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          labels.add(label(line));
        }
      }
      return labels;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Label label(String line) {
    String[] fields = line.split("\\|", 6);
    Set<String> expected = fields[3].equals("-") ? Set.of() : Set.of(fields[3].split("\\+"));
    return new Label(fields[0], fields[1], fields[2], expected, fields[4], fields[5]);
  }
}
