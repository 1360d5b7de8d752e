package io.vitrine.tenant.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An uploaded knowledge document: its bytes and what the retailer admin said of it. */
public record DocumentUpload(
    String title, DocumentKind kind, DocumentFormat format, String sourceUrl, byte[] content) {

  String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  KnowledgeRepository.Upload fields() {
    return new KnowledgeRepository.Upload(title, kind, format.mediaType(), sourceUrl, sha256());
  }
}
