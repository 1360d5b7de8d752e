package io.vitrine.e2e.day;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A tenant-service's public HTTP API as one of its realm's users calls it: JSON in and out, a
 * bearer token from the realm's admin API client by password grant (renewed for each call: the
 * sample realms' tokens live minutes).
 */
public final class TenantApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;
  private final String tokenUrl;
  private final Map<String, String> login;

  /** An answer: its status and JSON body (a missing node when there is none). */
  public record Answer(int status, JsonNode body) {}

  public TenantApi(String url, String keycloakUrl, String realm, Map<String, String> login) {
    this.url = url;
    this.tokenUrl = keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    this.login = Map.copyOf(login);
  }

  public String url() {
    return url;
  }

  /** The same user, calling a tenant-service at another URL (a restarted one). */
  public TenantApi at(String otherUrl) {
    return new TenantApi(otherUrl, tokenUrl, login);
  }

  private TenantApi(String url, String tokenUrl, Map<String, String> login) {
    this.url = url;
    this.tokenUrl = tokenUrl;
    this.login = login;
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send(authorized(path).GET());
  }

  public Answer post(String path, Object body) throws IOException, InterruptedException {
    return send(
        authorized(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
  }

  public Answer put(String path, Object body) throws IOException, InterruptedException {
    return send(
        authorized(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
  }

  /** A POST that must succeed with {@code status}; its body. */
  public JsonNode posted(String path, Object body, int status)
      throws IOException, InterruptedException {
    return expect(post(path, body), status, path);
  }

  /** A GET that must answer 200; its body. */
  public JsonNode got(String path) throws IOException, InterruptedException {
    return expect(get(path), 200, path);
  }

  private static JsonNode expect(Answer answer, int status, String path) {
    if (answer.status() != status) {
      throw new AssertionError(path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.body();
  }

  private HttpRequest.Builder authorized(String path) throws IOException, InterruptedException {
    return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token());
  }

  private String token() throws IOException, InterruptedException {
    var form = new StringBuilder("grant_type=password");
    login.forEach(
        (key, value) ->
            form.append('&')
                .append(key)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    var answer =
        send(
            HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    if (answer.status() != 200) {
      throw new AssertionError("no token for " + login.get("username") + ": " + answer.body());
    }
    return answer.body().path("access_token").asText();
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    byte[] body = response.body();
    JsonNode json =
        body.length == 0 || body[0] != '{' && body[0] != '['
            ? JSON.missingNode()
            : JSON.readTree(body);
    return new Answer(response.statusCode(), json);
  }
}
