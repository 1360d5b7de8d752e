package io.vitrine.tenant.it;

import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A catalog index behind an alias on the local OpenSearch, with the fields the operator's catalog
 * mapping gives the ones the checkout searches.
 */
final class CheckoutIndexFixture {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url = LocalStack.load().get("VITRINE_OPENSEARCH_URL");
  private final String alias;
  private final String index;

  CheckoutIndexFixture(String alias) {
    this.alias = alias;
    this.index = alias + "-v1";
  }

  void create() throws IOException, InterruptedException {
    send(
        "PUT",
        "/" + index,
        """
        {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
         "aliases": {"%s": {}},
         "mappings": {"properties": {
           "sku": {"type": "keyword"}, "brand": {"type": "keyword"},
           "category": {"type": "keyword"}, "name": {"type": "text"},
           "description": {"type": "text"}}}}
        """
            .formatted(alias));
  }

  void put(String sku, String name, String brand, String category)
      throws IOException, InterruptedException {
    send(
        "PUT",
        "/" + index + "/_doc/" + sku,
        """
        {"sku": "%s", "name": "%s", "brand": "%s", "category": "%s"}
        """
            .formatted(sku, name, brand, category));
  }

  void refresh() throws IOException, InterruptedException {
    send("POST", "/" + index + "/_refresh", "");
  }

  void drop() throws IOException, InterruptedException {
    send("DELETE", "/" + index, "");
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
