package io.vitrine.e2e.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local stack's scripts ({@code src/local}) as a platform team runs them, against the cluster
 * of {@link E2eCluster}.
 */
public final class LocalScripts {

  private static final Path LOCAL = Path.of("..", "local");

  private LocalScripts() {}

  /** Runs {@code name args...} with extra environment; its output; fails unless it exits 0. */
  public static String run(Map<String, String> environment, String name, String... args)
      throws IOException, InterruptedException {
    var command = new ArrayList<>(List.of("bash", LOCAL.resolve(name).toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(E2eCluster.scriptEnvironment());
    builder.environment().putAll(environment);
    var process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new AssertionError(name + " " + String.join(" ", args) + " failed:\n" + output);
    }
    return output;
  }

  public static String run(String name, String... args) throws IOException, InterruptedException {
    return run(Map.of(), name, args);
  }
}
