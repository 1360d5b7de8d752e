package io.vitrine.tenant.common.opensearch;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The OpenSearch clients, blocking (catalog administration) and asynchronous (the till), over one
 * transport: made when the first bean that uses them is (not at start-up) and closed at shutdown.
 * Singletons: the client classes cannot be proxied.
 */
public class OpenSearchClients {

  @Produces
  @Singleton
  OpenSearchTransport transport(OpenSearchConfig config) {
    HttpHost host = host(config.url());
    return ApacheHttpClient5TransportBuilder.builder(host)
        .setMapper(new JacksonJsonpMapper())
        .setHttpClientConfigCallback(
            client -> {
              config
                  .username()
                  .ifPresent(
                      user -> {
                        var credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(
                            new AuthScope(host),
                            new UsernamePasswordCredentials(
                                user, config.password().orElse("").toCharArray()));
                        client.setDefaultCredentialsProvider(credentials);
                      });
              return client;
            })
        .build();
  }

  @Produces
  @Singleton
  @DefaultBean
  OpenSearchClient client(OpenSearchTransport transport) {
    return new OpenSearchClient(transport);
  }

  @Produces
  @Singleton
  @DefaultBean
  OpenSearchAsyncClient asyncClient(OpenSearchTransport transport) {
    return new OpenSearchAsyncClient(transport);
  }

  void close(@Disposes OpenSearchTransport transport) {
    try {
      transport.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpHost host(String url) {
    try {
      return HttpHost.create(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("vitrine.opensearch.url is not a valid URI", e);
    }
  }
}
