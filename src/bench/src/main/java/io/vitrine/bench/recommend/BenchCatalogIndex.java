package io.vitrine.bench.recommend;

/**
 * The tenant's catalog index on the local OpenSearch, behind its alias, with the fields of the
 * operator's catalog mapping that the checkout searches, bulk-loaded with every product.
 */
public final class BenchCatalogIndex {

  private static final int BULK = 5_000;
  private final BenchHttp http = new BenchHttp();
  private final String url;
  public final String alias;
  private final String index;

  public BenchCatalogIndex(String url, String alias) {
    this.url = url;
    this.alias = alias;
    this.index = alias + "-v1";
  }

  public void create(int skus) {
    http.send(
        "PUT",
        url + "/" + index,
        "application/json",
        """
        {"settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "-1"},
         "aliases": {"%s": {}},
         "mappings": {"dynamic": false, "properties": {
           "sku": {"type": "keyword"}, "brand": {"type": "keyword"},
           "category": {"type": "keyword"}, "name": {"type": "text"},
           "description": {"type": "text"}}}}
        """
            .formatted(alias),
        null);
    var bulk = new StringBuilder();
    for (int i = 0; i < skus; i++) {
      bulk.append("{\"index\":{\"_id\":\"")
          .append(SyntheticTenant.sku(i))
          .append("\"}}\n")
          .append("{\"sku\":\"")
          .append(SyntheticTenant.sku(i))
          .append("\",\"name\":\"")
          .append(SyntheticTenant.name(i))
          .append("\",\"brand\":\"Brand-")
          .append("%02d".formatted(i % 40))
          .append("\",\"category\":\"")
          .append(SyntheticTenant.category(i))
          .append("\",\"description\":\"A ")
          .append(SyntheticTenant.category(i))
          .append(" for everyday use, formula ")
          .append(i % 97)
          .append("\"}\n");
      if ((i + 1) % BULK == 0 || i == skus - 1) {
        http.send(
            "POST", url + "/" + index + "/_bulk", "application/x-ndjson", bulk.toString(), null);
        bulk.setLength(0);
      }
    }
    http.send(
        "PUT",
        url + "/" + index + "/_settings",
        "application/json",
        "{\"index\": {\"refresh_interval\": \"1s\"}}",
        null);
    http.send("POST", url + "/" + index + "/_refresh", null, null, null);
  }

  /** The query the checkout sends for a cold-start cart, as a raw body. */
  static String similarityQuery(String likeText, String excludeSku) {
    return """
        {"size": 10, "_source": ["sku"], "query": {"bool": {
          "must": [{"more_like_this": {"fields": ["name", "description", "brand", "category"],
                    "like": ["%s"], "min_term_freq": 1, "min_doc_freq": 1, "max_query_terms": 25}}],
          "must_not": [{"terms": {"sku": ["%s"]}}]}}}
        """
        .formatted(likeText, excludeSku);
  }

  String searchUrl() {
    return url + "/" + alias + "/_search";
  }

  public void drop() {
    http.send("DELETE", url + "/" + index, null, null, null);
  }
}
