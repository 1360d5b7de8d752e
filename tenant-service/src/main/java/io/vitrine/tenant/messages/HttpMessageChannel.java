package io.vitrine.tenant.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A delivery service reached by an HTTP POST of a JSON document, with an {@code Idempotency-Key}
 * header that stays the same across retries. 2xx is accepted; 408, 429 and 5xx are retried; other
 * answers are final.
 */
abstract class HttpMessageChannel implements MessageChannel {

  private final MessagesConfig.Endpoint endpoint;
  private final Duration timeout;
  private final ObjectMapper json;
  private final HttpClient client;

  HttpMessageChannel(MessagesConfig.Endpoint endpoint, Duration timeout, ObjectMapper json) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The JSON document the delivery service takes. */
  abstract Map<String, Object> payload(OutboundMessage message);

  @Override
  public Uni<Void> deliver(OutboundMessage message) {
    if (endpoint.url().isEmpty()) {
      return Uni.createFrom()
          .failure(new DeliveryFailedException(channel() + " delivery is not configured", true));
    }
    return Uni.createFrom()
        .item(() -> request(message))
        .flatMap(
            request ->
                Uni.createFrom()
                    .completionStage(
                        () -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding())))
        .onFailure(failure -> !(failure instanceof DeliveryFailedException))
        .transform(
            failure ->
                new DeliveryFailedException(
                    "no answer: " + failure.getClass().getSimpleName(), true))
        .flatMap(this::outcome);
  }

  private HttpRequest request(OutboundMessage message) {
    var builder =
        HttpRequest.newBuilder(endpoint.url().orElseThrow())
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", message.idempotencyKey().toString())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(message)));
    endpoint.token().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
    return builder.build();
  }

  private byte[] body(OutboundMessage message) {
    try {
      return json.writeValueAsBytes(payload(message));
    } catch (JsonProcessingException e) {
      throw new DeliveryFailedException("cannot write the payload", false);
    }
  }

  private Uni<Void> outcome(HttpResponse<Void> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return Uni.createFrom().voidItem();
    }
    boolean retryable = status == 408 || status == 429 || status >= 500;
    return Uni.createFrom().failure(new DeliveryFailedException("HTTP " + status, retryable));
  }
}
