package io.vitrine.operator.retailer.model;

import io.vitrine.api.v1alpha1.AiSpec;
import java.net.URI;
import java.util.Optional;

/** Where the tenant's model endpoint ({@code spec.ai.baseUrl}) is reached from its pods. */
public final class AiEndpoint {

  private AiEndpoint() {}

  /**
   * The TCP port tenant-service must be allowed to reach: the URL's explicit port, or 443 for https
   * and 80 for http (an in-cluster service); empty without {@code spec.ai}.
   */
  public static Optional<Integer> egressPort(AiSpec ai) {
    if (ai == null || ai.getBaseUrl() == null) {
      return Optional.empty();
    }
    URI uri = URI.create(ai.getBaseUrl());
    if (uri.getPort() > 0) {
      return Optional.of(uri.getPort());
    }
    return Optional.of("http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443);
  }
}
