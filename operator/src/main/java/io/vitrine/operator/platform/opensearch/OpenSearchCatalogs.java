package io.vitrine.operator.platform.opensearch;

import static io.vitrine.operator.platform.opensearch.CatalogIndexSpec.requireValidAlias;

import io.vitrine.operator.platform.PlatformUnavailableException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.opensearch.client.opensearch.indices.IndexState;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Creates, observes and drops one tenant's catalog index in the shared OpenSearch. Tenants use an
 * alias; the concrete index behind it is named {@code <alias>-<mapping version>}, and a change of
 * mapping or shard count swaps the alias atomically to a new index. Copying documents into the new
 * index is the tenant service's job, and so is rebuilding the catalog into {@code
 * <alias>-rebuild-<millis>} with the same mapping: an alias on such an index is left alone.
 */
public final class OpenSearchCatalogs implements AutoCloseable {

  private final OpenSearchTransport transport;
  private final OpenSearchClient client;

  public OpenSearchCatalogs(String url, Optional<String> user, Optional<String> password) {
    HttpHost host = parseHost(url);
    this.transport =
        ApacheHttpClient5TransportBuilder.builder(host)
            .setMapper(new JacksonJsonpMapper())
            .setHttpClientConfigCallback(client -> authenticate(client, host, user, password))
            .build();
    this.client = new OpenSearchClient(transport);
  }

  /** The concrete index behind {@code alias}, or empty when the alias does not exist. */
  public Optional<CatalogIndex> find(String alias) {
    requireValidAlias(alias);
    return call(() -> indexBehind(alias));
  }

  /** Creates the alias and its index, or brings them to the spec; does nothing when they match. */
  public void apply(CatalogIndexSpec spec) {
    CatalogMapping mapping = CatalogMappings.forSpec(spec);
    String target = CatalogMappings.indexName(spec.alias(), mapping.version());
    call(
        () -> {
          Optional<CatalogIndex> current = indexBehind(spec.alias());
          if (current.isPresent() && serves(current.get(), spec, mapping)) {
            if (current.get().replicas() != spec.replicas()) {
              setReplicas(current.get().index(), spec.replicas());
            }
            return null;
          }
          if (client.indices().exists(e -> e.index(target)).value()) {
            setReplicas(target, spec.replicas()); // left behind by an earlier spec: reuse it
          } else {
            create(target, spec, mapping);
          }
          pointAliasAt(spec.alias(), target);
          return null;
        });
  }

  /** Deletes every index behind {@code alias} and every versioned index named after it. */
  public void drop(String alias) {
    requireValidAlias(alias);
    call(
        () -> {
          Set<String> doomed = new TreeSet<>(statesBehind(alias).keySet());
          doomed.addAll(versionedIndices(alias));
          if (!doomed.isEmpty()) {
            client.indices().delete(d -> d.index(List.copyOf(doomed)).ignoreUnavailable(true));
          }
          return null;
        });
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      throw new PlatformUnavailableException(PlatformUnavailableException.OPENSEARCH, e);
    }
  }

  /** The index the alias points at has the spec's mapping and shards, whatever its name. */
  private static boolean serves(
      CatalogIndex current, CatalogIndexSpec spec, CatalogMapping mapping) {
    return mapping.version().equals(current.mappingVersion()) && current.shards() == spec.shards();
  }

  private Optional<CatalogIndex> indexBehind(String alias) throws IOException {
    return statesBehind(alias).entrySet().stream()
        .findFirst()
        .map(entry -> toCatalogIndex(alias, entry.getKey(), entry.getValue()));
  }

  /** Indices the alias points at, by name; empty when it does not exist. */
  private Map<String, IndexState> statesBehind(String alias) throws IOException {
    Map<String, IndexState> states;
    try {
      states = client.indices().get(g -> g.index(alias)).result();
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return Map.of();
      }
      throw e;
    }
    // A concrete index that happens to carry the alias's name is not behind the alias.
    return states.entrySet().stream()
        .filter(entry -> entry.getValue().aliases().containsKey(alias))
        .collect(
            Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
  }

  private Set<String> versionedIndices(String alias) throws IOException {
    return client.indices().get(g -> g.index(alias + "-*")).result().keySet().stream()
        .filter(index -> CatalogMappings.isIndexOf(alias, index))
        .collect(Collectors.toSet());
  }

  private void create(String index, CatalogIndexSpec spec, CatalogMapping mapping)
      throws IOException {
    client
        .indices()
        .create(
            c ->
                c.index(index)
                    .settings(
                        s ->
                            s.numberOfShards(spec.shards())
                                .numberOfReplicas(spec.replicas())
                                .knn(true)
                                .analysis(mapping.analysis()))
                    .mappings(mapping.mappings()));
  }

  private void setReplicas(String index, int replicas) throws IOException {
    client.indices().putSettings(p -> p.index(index).settings(s -> s.numberOfReplicas(replicas)));
  }

  /** One _aliases call, so readers never see the alias missing or doubled. */
  private void pointAliasAt(String alias, String target) throws IOException {
    List<Action> actions = new ArrayList<>();
    for (String previous : statesBehind(alias).keySet()) {
      if (!previous.equals(target)) {
        actions.add(Action.of(a -> a.remove(r -> r.index(previous).alias(alias))));
      }
    }
    actions.add(Action.of(a -> a.add(add -> add.index(target).alias(alias))));
    client.indices().updateAliases(u -> u.actions(actions));
  }

  private static CatalogIndex toCatalogIndex(String alias, String index, IndexState state) {
    return new CatalogIndex(
        alias,
        index,
        setting(state.settings(), IndexSettings::numberOfShards),
        setting(state.settings(), IndexSettings::numberOfReplicas),
        mappingVersion(state));
  }

  /** OpenSearch nests index settings under "index"; accept both shapes. */
  private static int setting(IndexSettings settings, Function<IndexSettings, Integer> field) {
    Integer value = field.apply(settings);
    if (value == null && settings.index() != null) {
      value = field.apply(settings.index());
    }
    if (value == null) {
      throw new IllegalStateException("OpenSearch returned index settings without shard counts");
    }
    return value;
  }

  /** Null when the index was not created by this class. */
  private static String mappingVersion(IndexState state) {
    if (state.mappings() == null) {
      return null;
    }
    JsonData version = state.mappings().meta().get(CatalogMappings.VERSION_META);
    return version == null ? null : version.to(String.class);
  }

  private <T> T call(OpenSearchCall<T> work) {
    try {
      return work.run();
    } catch (IOException e) {
      throw new PlatformUnavailableException(PlatformUnavailableException.OPENSEARCH, e);
    } catch (OpenSearchException e) {
      if (e.status() >= 500) {
        throw new PlatformUnavailableException(PlatformUnavailableException.OPENSEARCH, e);
      }
      throw e;
    }
  }

  private static HttpAsyncClientBuilder authenticate(
      HttpAsyncClientBuilder client,
      HttpHost host,
      Optional<String> user,
      Optional<String> password) {
    if (user.isPresent()) {
      var credentials = new BasicCredentialsProvider();
      credentials.setCredentials(
          new AuthScope(host),
          new UsernamePasswordCredentials(user.get(), password.orElse("").toCharArray()));
      client.setDefaultCredentialsProvider(credentials);
    }
    return client;
  }

  private static HttpHost parseHost(String url) {
    try {
      return HttpHost.create(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the OpenSearch URL is not a valid URI", e);
    }
  }

  @FunctionalInterface
  private interface OpenSearchCall<T> {
    T run() throws IOException;
  }
}
