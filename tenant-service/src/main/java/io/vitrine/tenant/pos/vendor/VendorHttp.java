package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one HTTP client of the vendors' APIs (JDK {@link HttpClient}): JSON in and out, bounded
 * timeouts, and failures that name the path but never the credentials or the answer's body.
 */
@ApplicationScoped
public class VendorHttp {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final ObjectMapper json;

  public VendorHttp(ObjectMapper json) {
    this.json = json;
  }

  /** A JSON document and the answer's headers. */
  public record Answer(JsonNode body, java.net.http.HttpHeaders headers) {}

  /** What {@code call} answers, or empty when the vendor answered 404 (it has no such object). */
  public static Optional<JsonNode> ifFound(Supplier<JsonNode> call) {
    try {
      return Optional.of(call.get());
    } catch (VendorApiException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public Answer get(String provider, URI uri, Map<String, String> headers) {
    return send(provider, request(uri, headers).GET().build());
  }

  public Answer post(String provider, URI uri, Map<String, String> headers, JsonNode body) {
    try {
      byte[] bytes = json.writeValueAsBytes(body);
      return send(
          provider,
          request(uri, headers)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
              .build());
    } catch (IOException e) {
      throw new IllegalArgumentException("the request body cannot be written as JSON", e);
    }
  }

  private static HttpRequest.Builder request(URI uri, Map<String, String> headers) {
    var builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
    headers.forEach(builder::header);
    return builder;
  }

  private Answer send(String provider, HttpRequest request) {
    String what = provider + " " + request.method() + " " + request.uri().getPath();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new VendorApiException(what + " failed: " + e.getClass().getSimpleName(), 0, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VendorApiException(what + " was interrupted", 0, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new VendorApiException(
          what + " answered HTTP " + response.statusCode(), response.statusCode(), null);
    }
    try {
      return new Answer(json.readTree(response.body()), response.headers());
    } catch (IOException e) {
      throw new MalformedVendorDataException(what + " answered something that is not JSON");
    }
  }
}
