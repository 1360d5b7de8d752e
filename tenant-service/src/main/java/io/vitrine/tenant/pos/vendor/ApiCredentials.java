package io.vitrine.tenant.pos.vendor;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A vendor API's base URL and bearer token (never in {@code toString}): calls without them fail as
 * not configured.
 */
record ApiCredentials(String provider, Optional<String> baseUrl, Optional<String> bearer) {

  String token() {
    return bearer
        .filter(value -> !value.isBlank())
        .orElseThrow(
            () -> new VendorApiException(provider + " has no API token configured", 401, null));
  }

  URI uri(String pathAndQuery) {
    String base =
        baseUrl
            .filter(value -> !value.isBlank())
            .orElseThrow(
                () -> new VendorApiException(provider + " has no API URL configured", 0, null));
    return URI.create(base.replaceAll("/+$", "") + pathAndQuery);
  }

  /** A page link the vendor gave, on the configured host: the token goes nowhere else. */
  URI onApiHost(URI link) {
    return uri(link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
  }

  boolean configured() {
    return baseUrl.filter(v -> !v.isBlank()).isPresent()
        && bearer.filter(v -> !v.isBlank()).isPresent();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ApiCredentials[" + provider + "]";
  }
}
