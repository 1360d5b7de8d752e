package io.vitrine.tenant.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A tenant's catalog index on the local OpenSearch, made as the operator's OpenSearchCatalogs makes
 * it for a beauty retailer: a versioned index with the operator's mapping (dynamic false, the
 * {@code inci} normalizer on ingredients, a lucene knn_vector of the default 384 dimensions) behind
 * the tenant's alias. The test resource creates and drops it; tests may also write products
 * straight into it through the alias.
 */
final class CatalogIndexFixture {

  private static final String MAPPING =
      """
      {
        "settings": {
          "number_of_shards": 1, "number_of_replicas": 0, "knn": true,
          "analysis": {"normalizer": {"inci": {"type": "custom",
                                               "filter": ["lowercase", "asciifolding"]}}}
        },
        "mappings": {
          "dynamic": "false",
          "_meta": {"vitrine_mapping_version": "0123456789ab"},
          "properties": {
            "sku": {"type": "keyword"}, "brand": {"type": "keyword"},
            "category": {"type": "keyword"}, "name": {"type": "text"},
            "description": {"type": "text"},
            "price": {"type": "scaled_float", "scaling_factor": 100.0},
            "in_stock_stores": {"type": "keyword"},
            "ingredients": {"type": "keyword", "normalizer": "inci"},
            "concerns": {"type": "keyword"}, "finish": {"type": "keyword"},
            "skin_types": {"type": "keyword"}, "shade": {"type": "keyword"},
            "embedding": {"type": "knn_vector", "dimension": 384,
                          "method": {"name": "hnsw", "engine": "lucene",
                                     "space_type": "cosinesimil"}}
          }
        },
        "aliases": {"%s": {}}
      }
      """;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;
  final String alias;
  private final String index;

  CatalogIndexFixture(String url, String alias) {
    this.url = url;
    this.alias = alias;
    this.index = alias + "-0123456789ab";
  }

  void create() {
    send("PUT", "/" + index, MAPPING.formatted(alias), 200);
  }

  /** Writes a product document through the alias, as a catalog import would index it. */
  void put(String sku, String name, String brand, String category) {
    send(
        "PUT",
        "/" + alias + "/_doc/" + sku,
        """
        {"sku": "%s", "name": "%s", "brand": "%s", "category": "%s"}
        """
            .formatted(sku, name, brand, category),
        200,
        201);
  }

  /** Makes what was written searchable. */
  void refresh() {
    send("POST", "/" + alias + "/_refresh", null, 200);
  }

  /** Deletes every index whose name starts with the alias (the operator's and rebuilt ones). */
  void drop() {
    send("DELETE", "/" + alias + "-*", null, 200, 404);
  }

  private void send(String method, String path, String body, int... expected) {
    var request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      for (int status : expected) {
        if (status == response.statusCode()) {
          return;
        }
      }
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    } catch (IOException e) {
      throw new IllegalStateException("OpenSearch: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
