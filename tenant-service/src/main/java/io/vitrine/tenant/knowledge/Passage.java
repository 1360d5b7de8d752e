package io.vitrine.tenant.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One passage of a knowledge document: what is searched, embedded and cited.
 *
 * @param position 1 for the document's first passage
 * @param sha256 of what is indexed of it (kind, title, heading, text): its identity
 */
public record Passage(int position, String heading, String text, String sha256) {

  /** The passage's id in the catalog index; {@code #} keeps it apart from every SKU. */
  public static String indexId(UUID document, String sha256) {
    return "kb#" + document + "#" + sha256.substring(0, 32);
  }

  static Passage of(int position, DocumentKind kind, String title, String heading, String text) {
    return new Passage(position, heading, text, hash(kind, title, heading, text));
  }

  /** What an associate reads as the passage's title: the document's, and its section's. */
  static String title(String documentTitle, String heading) {
    return heading == null || heading.isBlank() ? documentTitle : documentTitle + " — " + heading;
  }

  /** What the embedder reads: the title gives a short passage its subject. */
  String embeddingText(String documentTitle) {
    return title(documentTitle, heading) + "\n" + text;
  }

  private static String hash(DocumentKind kind, String title, String heading, String text) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {kind.key(), title, heading == null ? "" : heading, text}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
