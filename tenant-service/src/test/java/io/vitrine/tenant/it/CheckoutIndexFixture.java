package io.vitrine.tenant.it;

import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Products written into the tenant's catalog index on the local OpenSearch, through its alias (the
 * test resource creates and drops the index).
 */
final class CheckoutIndexFixture {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url = LocalStack.load().get("VITRINE_OPENSEARCH_URL");
  private final String alias;

  CheckoutIndexFixture(String alias) {
    this.alias = alias;
  }

  void put(String sku, String name, String brand, String category)
      throws IOException, InterruptedException {
    send(
        "PUT",
        "/" + alias + "/_doc/" + sku,
        """
        {"sku": "%s", "name": "%s", "brand": "%s", "category": "%s"}
        """
            .formatted(sku, name, brand, category));
  }

  void refresh() throws IOException, InterruptedException {
    send("POST", "/" + alias + "/_refresh", "");
  }

  private void send(String method, String path, String body)
      throws IOException, InterruptedException {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + ": " + response.body());
    }
  }
}
