package io.vitrine.bench.copilot;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.bench.recommend.BenchHttp;
import io.vitrine.bench.recommend.BenchRealm;
import io.vitrine.testing.LocalStack;
import io.vitrine.testing.TenantServiceProcess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * Retrieval quality and answer latency of the associate copilot, through tenant-service's own API
 * on a fresh tenant (schema, realm, catalog index with a 384-dimension lucene knn_vector): imports
 * the real labels corpus as the catalog, uploads the bench's knowledge base, then for every judged
 * question asks {@code POST /v1/copilot/retrievals} with BM25 alone, vectors alone, the min-max
 * fusion and reciprocal rank fusion, in the same run, and reports recall@5, nDCG@10 and MRR@10 on
 * the validation and the test questions apart. The fusion weight is chosen on validation; the
 * found-nothing threshold is checked on validation questions against unanswerable ones. Last, the
 * latency of {@code POST /v1/copilot/questions} (no model configured: Vitrine's composition).
 */
public final class CopilotBench {

  private static final Path LABELS =
      Path.of("tenant-service/src/test/resources/labels/sephora-labels.txt");
  private static final Map<String, String> KINDS =
      Map.of(
          "returns", "return-policy",
          "watch-warranty", "warranty",
          "services", "other",
          "sensitive-skin", "care-guide");
  private static final double[] WEIGHTS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
  private static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};

  private final LocalStack stack = LocalStack.load();
  private final BenchHttp http = new BenchHttp();
  private final String id = HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
  private final Map<String, String> sectionOfPassage = new HashMap<>();
  private TenantServiceProcess service;
  private String token;

  public static void main(String[] args) throws Exception {
    new CopilotBench().run();
    System.exit(0);
  }

  private void run() throws Exception {
    String schema = "bench_copilot_" + id;
    String password = hex(12);
    var realm = new BenchRealm(stack, "vitrine-bench-" + id, hex(12), password);
    var index = new CopilotBenchIndex(stack.get("VITRINE_OPENSEARCH_URL"), "bench-copilot-" + id);
    Path log = Files.createTempFile("copilot-bench-tenant-service-", ".log");
    System.out.printf("CopilotBench: service log %s%n", log);
    createSchema(schema, password);
    try {
      realm.create();
      index.create();
      var launch =
          TenantServiceProcess.launch()
              .jvmOptions("-Xms256m", "-Xmx1g")
              .environment(environment(schema, password, realm, index))
              .log(log);
      try (var started = launch.readyWithin(Duration.ofMinutes(3)).start()) {
        service = started;
        token = realm.associateToken();
        load();
        measure();
      }
    } finally {
      quietly(index::drop);
      quietly(realm::drop);
      quietly(() -> dropSchema(schema));
    }
  }

  private void load() throws Exception {
    long t0 = System.nanoTime();
    int products = importCatalog();
    System.out.printf(
        "catalog: %d products of the real labels corpus imported and embedded in %.1f s%n",
        products, (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    int passages = 0;
    List<Path> files;
    try (var documents = Files.list(documentsDir())) {
      files = documents.sorted().toList();
    }
    for (Path file : files) {
      passages += upload(file);
    }
    System.out.printf(
        "knowledge base: %d documents, %d passages uploaded and embedded in %.1f s%n",
        files.size(), passages, (System.nanoTime() - t0) / 1e9);
  }

  private void measure() throws Exception {
    Judgements judgements = Judgements.load();
    System.out.printf(
        "%d judged questions: %d validation (every third), %d test; %d unanswerable questions%n",
        judgements.questions().size(),
        judgements.validation().size(),
        judgements.test().size(),
        Judgements.unanswerable().size());
    double weight = chooseWeight(judgements.validation());
    var rows = new LinkedHashMap<String, Scores[]>();
    rows.put("BM25 only", scores(judgements, "LEXICAL", null));
    rows.put("vectors only", scores(judgements, "VECTOR", null));
    rows.put("hybrid, configured weight", scores(judgements, "HYBRID", null));
    rows.put("hybrid, weight %.1f".formatted(weight), scores(judgements, "HYBRID", weight));
    rows.put("reciprocal rank fusion", scores(judgements, "RECIPROCAL_RANK", null));
    System.out.println();
    System.out.printf("%-28s %-34s %-34s%n", "", "validation", "test");
    System.out.printf(
        "%-28s %-34s %-34s%n", "method", "recall@5  nDCG@10  MRR@10", "recall@5  nDCG@10  MRR@10");
    rows.forEach(
        (method, scores) -> System.out.printf("%-28s %-34s %-34s%n", method, scores[0], scores[1]));
    threshold(judgements.validation());
    latency(judgements);
  }

  /** The BM25 weight with the best validation nDCG@10. */
  private double chooseWeight(List<Judgements.Question> validation) throws Exception {
    double best = 0;
    double bestNdcg = -1;
    var line = new StringBuilder("validation nDCG@10 by BM25 weight:");
    for (double weight : WEIGHTS) {
      Scores scores = scores(validation, "HYBRID", weight);
      line.append(" %.1f→%.3f".formatted(weight, scores.ndcg()));
      if (scores.ndcg() > bestNdcg) {
        bestNdcg = scores.ndcg();
        best = weight;
      }
    }
    System.out.println(line);
    return best;
  }

  private Scores[] scores(Judgements judgements, String mode, Double weight) throws Exception {
    return new Scores[] {
      scores(judgements.validation(), mode, weight), scores(judgements.test(), mode, weight)
    };
  }

  private Scores scores(List<Judgements.Question> questions, String mode, Double weight)
      throws Exception {
    double recall = 0;
    double ndcg = 0;
    double mrr = 0;
    for (Judgements.Question question : questions) {
      List<String> ranked = sections(retrieve(question.text(), mode, weight, 20));
      recall += RankingMetrics.recall(ranked, question.relevant(), 5);
      ndcg += RankingMetrics.ndcg(ranked, question.relevant(), 10);
      mrr += RankingMetrics.reciprocalRank(ranked, question.relevant(), 10);
    }
    int n = questions.size();
    return new Scores(recall / n, ndcg / n, mrr / n);
  }

  record Scores(double recall, double ndcg, double mrr) {

    @Override
    public String toString() {
      return "%.3f     %.3f    %.3f".formatted(recall, ndcg, mrr);
    }
  }

  /**
   * How well the closest item's cosine similarity tells answerable from unanswerable questions: for
   * each threshold, the share of answerable validation questions it would refuse and of
   * unanswerable ones it would answer.
   */
  private void threshold(List<Judgements.Question> validation) throws Exception {
    List<Double> answerable = new ArrayList<>();
    for (Judgements.Question question : validation) {
      answerable.add(
          retrieve(question.text(), "HYBRID", null, 5).path("best_similarity").asDouble());
    }
    List<Double> unanswerable = new ArrayList<>();
    for (String question : Judgements.unanswerable()) {
      unanswerable.add(retrieve(question, "HYBRID", null, 5).path("best_similarity").asDouble());
    }
    System.out.println();
    System.out.println(
        "found-nothing threshold (closest item's cosine similarity), validation questions:");
    for (double threshold : THRESHOLDS) {
      long refused = answerable.stream().filter(s -> s < threshold).count();
      long answered = unanswerable.stream().filter(s -> s >= threshold).count();
      System.out.printf(
          "  %.2f: refuses %d/%d answerable, answers %d/%d unanswerable%n",
          threshold, refused, answerable.size(), answered, unanswerable.size());
    }
  }

  /** Sequential questions after a warm-up: the answer's latency as an associate sees it. */
  private void latency(Judgements judgements) throws Exception {
    List<Judgements.Question> questions = judgements.questions();
    for (int i = 0; i < 20; i++) {
      ask(questions.get(i).text());
    }
    var histogram = new Histogram(60_000_000_000L, 3);
    int foundNothing = 0;
    for (Judgements.Question question : questions) {
      long t0 = System.nanoTime();
      JsonNode answer = ask(question.text());
      histogram.recordValue(System.nanoTime() - t0);
      if (answer.path("found_nothing").asBoolean()) {
        foundNothing++;
      }
    }
    System.out.println();
    System.out.printf(
        "POST /v1/copilot/questions, %d judged questions one at a time, no model configured"
            + " (Vitrine's composition; a model's wording adds its own latency): p50 %.1f ms,"
            + " p95 %.1f ms, max %.1f ms; %d said they found nothing%n",
        questions.size(),
        histogram.getValueAtPercentile(50) / 1e6,
        histogram.getValueAtPercentile(95) / 1e6,
        histogram.getMaxValue() / 1e6,
        foundNothing);
  }

  /** The ranked sections (document#heading) of a retrieval, each once; products by SKU. */
  private List<String> sections(JsonNode retrieval) {
    var ranked = new LinkedHashSet<String>();
    for (JsonNode source : retrieval.path("sources")) {
      String id = source.path("id").asText();
      ranked.add(sectionOfPassage.getOrDefault(id, "product:" + id));
    }
    return new ArrayList<>(ranked);
  }

  private JsonNode retrieve(String question, String mode, Double weight, int size) {
    var body = new HashMap<String, Object>();
    body.put("question", question);
    body.put("mode", mode);
    body.put("size", size);
    if (weight != null) {
      body.put("lexical_weight", weight);
    }
    return http.json(
        "POST",
        service.url() + "/v1/copilot/retrievals",
        "application/json",
        BenchHttp.write(body),
        token);
  }

  private JsonNode ask(String question) {
    return http.json(
        "POST",
        service.url() + "/v1/copilot/questions",
        "application/json",
        BenchHttp.write(Map.of("question", question)),
        token);
  }

  /** Uploads one Markdown document; records which section each of its passages stands in. */
  private int upload(Path file) throws Exception {
    String name = file.getFileName().toString().replace(".md", "");
    String markdown = Files.readString(file);
    String title = markdown.lines().findFirst().orElseThrow().replaceFirst("^#\\s*", "");
    JsonNode written =
        http.json(
            "POST",
            service.url()
                + "/v1/admin/knowledge/documents?title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8)
                + "&kind="
                + KINDS.getOrDefault(name, "care-guide"),
            "text/markdown",
            markdown,
            token);
    String document = written.path("document").path("id").asText();
    JsonNode passages =
        http.json(
            "GET",
            service.url() + "/v1/admin/knowledge/documents/" + document + "/passages",
            null,
            null,
            token);
    for (JsonNode passage : passages) {
      String hash = passage.path("sha256").asText();
      sectionOfPassage.put(
          "kb#" + document + "#" + hash.substring(0, 32),
          name + "#" + passage.path("heading").asText());
    }
    return passages.size();
  }

  private int importCatalog() throws Exception {
    var products = new ArrayList<Map<String, Object>>();
    Set<String> seen = new LinkedHashSet<>();
    for (String line : Files.readAllLines(LABELS)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\|", -1);
      if (fields.length < 6 || !seen.add(fields[1] + "|" + fields[2])) {
        continue;
      }
      var product = new LinkedHashMap<String, Object>();
      product.put("sku", "LBL-" + seen.size());
      product.put("name", fields[2]);
      product.put("brand", fields[1]);
      product.put("category", fields[0]);
      product.put("price", 30);
      product.put("currency", "EUR");
      product.put("ingredients", fields[5].replace(";", ","));
      products.add(product);
    }
    JsonNode job =
        http.json(
            "POST",
            service.url() + "/v1/admin/catalog/imports",
            "application/json",
            BenchHttp.write(products),
            token);
    String location = service.url() + "/v1/admin/catalog/imports/" + job.path("id").asText();
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode state = http.json("GET", location, null, null, token);
      switch (state.path("status").asText()) {
        case "COMPLETED" -> {
          return state.path("imported").asInt();
        }
        case "FAILED" -> throw new IllegalStateException("catalog import failed: " + state);
        default -> Thread.sleep(500); // polling a job's status, not synchronising on time
      }
    }
    throw new IllegalStateException("the catalog import did not finish in 10 minutes");
  }

  private static Path documentsDir() throws Exception {
    return Path.of(CopilotBench.class.getResource("/copilot/documents").toURI());
  }

  private Map<String, String> environment(
      String schema, String password, BenchRealm realm, CopilotBenchIndex index) {
    var env =
        new HashMap<>(TenantServiceProcess.databaseEnvironment(stack, schema, password, schema));
    env.putAll(
        Map.ofEntries(
            Map.entry("VITRINE_KEYCLOAK_URL", realm.url()),
            Map.entry("VITRINE_KEYCLOAK_REALM", realm.realm),
            Map.entry("VITRINE_KEYCLOAK_SERVICE_CLIENT_ID", BenchRealm.CLIENT),
            Map.entry("VITRINE_KEYCLOAK_SERVICE_CLIENT_SECRET", realm.secret()),
            Map.entry("VITRINE_OPENSEARCH_URL", stack.get("VITRINE_OPENSEARCH_URL")),
            Map.entry("VITRINE_CATALOG_INDEX_ALIAS", index.alias),
            Map.entry("VITRINE_FEATURES_UNGOVERNED", "enabled")));
    return env;
  }

  private void createSchema(String schema, String password) throws SQLException {
    stack.asDatabaseAdmin(
        "CREATE ROLE " + schema + " LOGIN NOINHERIT PASSWORD '" + password + "'",
        "GRANT " + schema + " TO CURRENT_USER",
        "CREATE SCHEMA " + schema + " AUTHORIZATION " + schema,
        "REVOKE ALL ON SCHEMA public FROM " + schema,
        "ALTER ROLE " + schema + " SET search_path = " + schema);
  }

  private void dropSchema(String schema) {
    try {
      stack.asDatabaseAdmin(
          "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = '"
              + schema
              + "'",
          "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
          "DROP OWNED BY " + schema,
          "DROP ROLE IF EXISTS " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(int bytes) {
    return HexFormat.of().formatHex(new SecureRandom().generateSeed(bytes));
  }

  private static void quietly(Runnable cleanup) {
    try {
      cleanup.run();
    } catch (RuntimeException e) {
      System.err.println("cleanup: " + e.getMessage());
    }
  }
}
