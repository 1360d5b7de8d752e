package io.vitrine.testing;

import static org.awaitility.Awaitility.await;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * tenant-service as a local JVM from its packaged jar (JVM mode, {@code
 * tenant-service/target/quarkus-app}), configured by environment variables as the operator's
 * ConfigMap and Secrets configure the pod, listening on a free port of 127.0.0.1. Started by {@link
 * #launch()}, it is ready once {@code /q/health/ready} answers 200; its output goes to a log file.
 */
public final class TenantServiceProcess implements AutoCloseable {

  /** The packaged jar, relative to the repository's root. */
  public static final Path JAR = Path.of("tenant-service/target/quarkus-app/quarkus-run.jar");

  private static final Duration READY_POLL = Duration.ofMillis(50);

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();
  private Duration startTime;

  private TenantServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** How to start one: the jar, JVM options, environment, log file and readiness timeout. */
  public static Launch launch() {
    return new Launch();
  }

  /**
   * The jar named by the system property {@code tenant.jar}, or {@link #JAR} under the working
   * directory or one of its parents (a module's directory when Maven runs the tests).
   */
  public static Path defaultJar() {
    String property = System.getProperty("tenant.jar");
    if (property != null) {
      return Path.of(property).toAbsolutePath();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(JAR))) {
        return dir.resolve(JAR);
      }
    }
    throw new IllegalStateException(
        JAR + " is missing: ./mvnw -q -B -ntp package -DskipTests -pl tenant-service -am");
  }

  /**
   * The datasource environment the operator gives a tenant's pod: the local stack's PostgreSQL, as
   * the tenant's role, in its schema.
   */
  public static Map<String, String> databaseEnvironment(
      LocalStack stack, String role, String password, String schema) {
    String database =
        "%s:%s/%s"
            .formatted(
                stack.get("VITRINE_PG_HOST"),
                stack.get("VITRINE_PG_PORT"),
                stack.get("VITRINE_PG_DATABASE"));
    return Map.of(
        "QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + database,
        "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + database,
        "QUARKUS_DATASOURCE_USERNAME", role,
        "QUARKUS_DATASOURCE_PASSWORD", password,
        "VITRINE_DATABASE_SCHEMA", schema);
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  /** From starting the JVM to the first ready answer. */
  public Duration startTime() {
    return startTime;
  }

  public Path logFile() {
    return log;
  }

  /** What the service has written so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resident memory now, in KiB, from /proc (Linux); -1 where /proc does not say. */
  public long residentKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /**
   * Kills the JVM at once with SIGKILL, as the kernel or a lost node would: no shutdown hook runs
   * and nothing in flight is finished.
   */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("tenant-service " + process.pid() + " survived SIGKILL");
    }
  }

  /** Stops the JVM: a normal shutdown, forced after 20 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private void awaitReady(Duration timeout, long startedNanos) {
    try {
      await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(READY_POLL).until(this::ready);
    } catch (ConditionTimeoutException | IllegalStateException e) {
      close();
      throw new IllegalStateException(
          "tenant-service was not ready within " + timeout + "; log " + log + ":\n" + log(), e);
    }
    startTime = Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  private boolean ready() throws InterruptedException {
    if (!process.isAlive()) {
      throw new IllegalStateException("tenant-service exited with " + process.exitValue());
    }
    var request =
        HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(2))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  /** The settings of one start; every one has a default but the service's own environment. */
  public static final class Launch {

    private Path jar;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path environmentFile;
    private Path log;
    private Duration readyWithin = Duration.ofSeconds(90);

    private Launch() {}

    /** The jar to run; {@link #defaultJar()} otherwise. */
    public Launch jar(Path jar) {
      this.jar = jar;
      return this;
    }

    /** Options before {@code -jar}, such as {@code -Xmx256m}. */
    public Launch jvmOptions(String... options) {
      jvmOptions.addAll(List.of(options));
      return this;
    }

    /** Environment variables of the JVM, on top of this process's own. */
    public Launch environment(Map<String, String> variables) {
      environment.putAll(variables);
      return this;
    }

    /**
     * A file of shell assignments (as {@code src/local/pod_env.py} writes the Deployment's
     * environment) sourced before the JVM starts: its assignments override variables of the same
     * name given to {@link #environment} (the Deployment's environment sets no HTTP host or port).
     */
    public Launch environmentFile(Path file) {
      this.environmentFile = file;
      return this;
    }

    /** The log file, appended to; a new temporary file otherwise. */
    public Launch log(Path file) {
      this.log = file;
      return this;
    }

    /** How long it may take to become ready; 90 s otherwise. */
    public Launch readyWithin(Duration timeout) {
      this.readyWithin = timeout;
      return this;
    }

    /** Starts the JVM and waits until it is ready; on failure stops it and says what it logged. */
    public TenantServiceProcess start() throws IOException {
      int port = freePort();
      Path logFile = logFile();
      long started = System.nanoTime();
      Process process =
          spawn(
              logFile,
              Map.of(
                  "QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_HTTP_PORT", Integer.toString(port)));
      var service = new TenantServiceProcess(process, port, logFile);
      service.awaitReady(readyWithin, started);
      return service;
    }

    /**
     * Runs the JVM to its end, as an init container (for instance with {@code
     * QUARKUS_INIT_AND_EXIT=true}); fails, saying what it logged, unless it exits with 0 within the
     * readiness timeout.
     */
    public void runToCompletion() throws IOException, InterruptedException {
      Path logFile = logFile();
      Process process = spawn(logFile, Map.of());
      if (!process.waitFor(readyWithin.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("tenant-service did not exit within " + readyWithin);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "tenant-service exited with "
                + process.exitValue()
                + ":\n"
                + Files.readString(logFile));
      }
    }

    private Path logFile() throws IOException {
      return log != null ? log : Files.createTempFile("tenant-service-", ".log");
    }

    /** The JVM with this launch's environment plus {@code extra}, writing to the log file. */
    private Process spawn(Path logFile, Map<String, String> extra) throws IOException {
      var builder =
          new ProcessBuilder(command())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      builder.environment().putAll(environment);
      builder.environment().putAll(extra);
      return builder.start();
    }

    private List<String> command() {
      var command = new ArrayList<String>();
      if (environmentFile != null) {
        // bash exports the file's variables, then becomes the JVM.
        command.addAll(
            List.of(
                "bash",
                "-c",
                "set -a; . \"$1\"; set +a; shift; exec \"$@\"",
                "_",
                environmentFile.toString()));
      }
      command.add("java");
      command.addAll(jvmOptions);
      command.add("-jar");
      command.add((jar != null ? jar : defaultJar()).toString());
      return command;
    }

    private static int freePort() throws IOException {
      try (var socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
