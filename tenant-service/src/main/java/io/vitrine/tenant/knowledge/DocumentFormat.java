package io.vitrine.tenant.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a knowledge document is uploaded in, by media type. */
enum DocumentFormat {
  MARKDOWN("text/markdown"),
  HTML("text/html"),
  PDF("application/pdf");

  private final String mediaType;

  DocumentFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  String mediaType() {
    return mediaType;
  }

  /** The format of a Content-Type header, parameters (charset) ignored. */
  static Optional<DocumentFormat> of(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(format -> format.mediaType.equals(type)).findFirst();
  }
}
