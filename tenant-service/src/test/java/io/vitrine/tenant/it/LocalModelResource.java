package io.vitrine.tenant.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A real OpenAI-compatible model server for the suite: llama.cpp's llama-server serving Gemma 3
 * 270M, built and cached by {@code src/local/llama.sh} (on a fresh machine the first run builds it,
 * which takes minutes), started on a free loopback port, behind a {@link ModelRecorder} that keeps
 * every prompt it receives. tenant-service is configured for it as the operator configures a tenant
 * whose {@code spec.ai} names it.
 */
public class LocalModelResource implements QuarkusTestResourceLifecycleManager {

  /** The name the server reports (llama.sh's {@code --alias}). */
  static final String MODEL = "gemma-3-270m-q4_k_m";

  static final Path LLAMA_SH = Path.of("..", "src", "local", "llama.sh").toAbsolutePath();

  /** Few tokens: the base model's prose is never judged, and 2 busy cores are slow. */
  static final int MAX_OUTPUT_TOKENS = 12;

  private static ModelRecorder recorder;
  private static Process server;
  private static int port;

  @Override
  public Map<String, String> start() {
    run(ProcessBuilder.Redirect.INHERIT, "build");
    port = freePort();
    startServer();
    try {
      recorder = new ModelRecorder(URI.create("http://127.0.0.1:" + port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "quarkus.langchain4j.openai.enable-integration", "true",
        "quarkus.langchain4j.openai.base-url", recorder.uri() + "/v1",
        "quarkus.langchain4j.openai.chat-model.model-name", MODEL,
        "quarkus.langchain4j.openai.timeout", "PT60S",
        "vitrine.ai.max-output-tokens", Integer.toString(MAX_OUTPUT_TOKENS),
        "vitrine.ai.temperature", "0",
        "vitrine.messages.draft-deadline", "PT60S",
        "vitrine.copilot.model-deadline", "PT60S");
  }

  static ModelRecorder recorder() {
    return recorder;
  }

  /** Kills the model server, as a crash would; the recorder answers 502 meanwhile. */
  static void stopServer() {
    server.destroyForcibly();
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !server.isAlive());
  }

  static synchronized void startServer() {
    if (server != null && server.isAlive()) {
      return;
    }
    try {
      Path log = Files.createTempFile("llama-server", ".log");
      server =
          new ProcessBuilder("bash", LLAMA_SH.toString(), "serve", Integer.toString(port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Awaitility.await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> server.isAlive() && ready());
  }

  private static boolean ready() {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/models"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(ProcessBuilder.Redirect output, String... args) {
    var command = new java.util.ArrayList<String>();
    command.add("bash");
    command.add(LLAMA_SH.toString());
    command.addAll(java.util.List.of(args));
    try {
      int exit =
          new ProcessBuilder(command)
              .redirectOutput(output)
              .redirectErrorStream(true)
              .start()
              .waitFor();
      if (exit != 0) {
        throw new IllegalStateException("llama.sh " + String.join(" ", args) + " failed: " + exit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    if (recorder != null) {
      recorder.close();
    }
    if (server != null) {
      server.destroyForcibly();
    }
  }
}
