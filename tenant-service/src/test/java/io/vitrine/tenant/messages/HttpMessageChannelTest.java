package io.vitrine.tenant.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpMessageChannelTest {

  private final DeliveryReceiver receiver;

  HttpMessageChannelTest() throws Exception {
    receiver = new DeliveryReceiver();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void anEmailIsPostedWithItsIdempotencyKeyAndBearerToken() {
    var channel = new EmailChannel(config(receiver.uri("/email"), "tok"), new ObjectMapper());
    var key = UUID.randomUUID();

    channel.deliver(new OutboundMessage(7, key, "crm:1", "Hello", "Body")).await().indefinitely();

    assertThat(receiver.requests())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.path()).isEqualTo("/email");
              assertThat(request.idempotencyKey()).isEqualTo(key.toString());
              assertThat(request.payload().path("subject").asText()).isEqualTo("Hello");
              assertThat(request.payload().path("body").asText()).isEqualTo("Body");
              assertThat(request.payload().path("message_id").asLong()).isEqualTo(7);
              assertThat(request.delivered()).isTrue();
            });
  }

  @Test
  void serverErrorsAreRetryableAndClientErrorsAreNot() {
    var channel = new SmsChannel(config(receiver.uri("/sms"), null), new ObjectMapper());

    var flaky = failure(channel, "flaky-1");
    var refused = failure(channel, "refused-1");

    assertThat(flaky.retryable()).isTrue();
    assertThat(flaky.getMessage()).isEqualTo("HTTP 503").doesNotContain("flaky-1");
    assertThat(refused.retryable()).isFalse();
    assertThat(refused.getMessage()).isEqualTo("HTTP 400");
  }

  @Test
  void anUnconfiguredChannelFailsRetryably() {
    var channel = new SmsChannel(config(null, null), new ObjectMapper());

    assertThat(failure(channel, "crm:1").retryable()).isTrue();
  }

  @Test
  void theMessageTextIsNotInItsStringForm() {
    var message = new OutboundMessage(9, UUID.randomUUID(), "crm:secret-ref", "S", "private body");

    assertThat(message.toString()).doesNotContain("secret-ref").doesNotContain("private body");
  }

  private static DeliveryFailedException failure(MessageChannel channel, String ref) {
    try {
      channel
          .deliver(new OutboundMessage(1, UUID.randomUUID(), ref, null, "text"))
          .await()
          .indefinitely();
    } catch (DeliveryFailedException e) {
      return e;
    }
    throw new AssertionError("delivery to " + ref + " did not fail");
  }

  private static MessagesConfig config(URI url, String token) {
    MessagesConfig.Endpoint endpoint =
        new MessagesConfig.Endpoint() {
          @Override
          public Optional<URI> url() {
            return Optional.ofNullable(url);
          }

          @Override
          public Optional<String> token() {
            return Optional.ofNullable(token);
          }
        };
    return new MessagesConfig() {
      @Override
      public Duration draftDeadline() {
        return Duration.ofSeconds(1);
      }

      @Override
      public String dispatchEvery() {
        return "1s";
      }

      @Override
      public int batchSize() {
        return 10;
      }

      @Override
      public int maxAttempts() {
        return 3;
      }

      @Override
      public Duration backoffInitial() {
        return Duration.ofMillis(10);
      }

      @Override
      public Duration backoffMax() {
        return Duration.ofSeconds(1);
      }

      @Override
      public Duration lease() {
        return Duration.ofSeconds(30);
      }

      @Override
      public Duration requestTimeout() {
        return Duration.ofSeconds(5);
      }

      @Override
      public Endpoint email() {
        return endpoint;
      }

      @Override
      public Endpoint sms() {
        return endpoint;
      }
    };
  }
}
