package io.vitrine.bench.copilot;

import io.vitrine.bench.recommend.BenchHttp;

/**
 * The bench tenant's catalog index, as the operator makes it for a beauty retailer with the default
 * embedding dimension: text fields, the {@code inci} normalizer on ingredients, and a 384-dimension
 * lucene knn_vector with cosine similarity. tenant-service adds the knowledge fields itself.
 */
final class CopilotBenchIndex {

  private final BenchHttp http = new BenchHttp();
  private final String url;
  final String alias;
  private final String index;

  CopilotBenchIndex(String url, String alias) {
    this.url = url;
    this.alias = alias;
    this.index = alias + "-v1";
  }

  void create() {
    http.send(
        "PUT",
        url + "/" + index,
        "application/json",
        """
        {"settings": {"number_of_shards": 1, "number_of_replicas": 0, "knn": true,
          "analysis": {"normalizer": {"inci": {"type": "custom",
                                               "filter": ["lowercase", "asciifolding"]}}}},
         "aliases": {"%s": {}},
         "mappings": {"dynamic": false, "properties": {
           "sku": {"type": "keyword"}, "brand": {"type": "keyword"},
           "category": {"type": "keyword"}, "name": {"type": "text"},
           "description": {"type": "text"},
           "price": {"type": "scaled_float", "scaling_factor": 100.0},
           "ingredients": {"type": "keyword", "normalizer": "inci"},
           "skin_types": {"type": "keyword"}, "concerns": {"type": "keyword"},
           "embedding": {"type": "knn_vector", "dimension": 384,
                         "method": {"name": "hnsw", "engine": "lucene",
                                    "space_type": "cosinesimil"}}}}}
        """
            .formatted(alias),
        null);
  }

  void drop() {
    http.send("DELETE", url + "/" + alias + "-*", null, null, null);
  }
}
