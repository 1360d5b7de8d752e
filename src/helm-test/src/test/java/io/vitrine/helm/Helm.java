package io.vitrine.helm;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The Helm CLI built by src/local/helm/build.sh, run on the operator's chart. */
final class Helm {

  static final Path REPO =
      Path.of(System.getProperty("vitrine.repo", "../..")).toAbsolutePath().normalize();
  static final Path CHART = REPO.resolve("helm/vitrine-operator");

  /** What a helm command printed, and how it ended. */
  record Result(int exitCode, String out, String err) {
    Result requireSuccess() {
      if (exitCode != 0) {
        throw new IllegalStateException("helm failed (" + exitCode + "): " + err + out);
      }
      return this;
    }
  }

  private final String binary;

  private Helm(String binary) {
    this.binary = binary;
  }

  /** Builds the CLI the first time (cached under ~/.cache/vitrine/helm afterwards). */
  static Helm build() {
    Result built = run(List.of("bash", REPO.resolve("src/local/helm/build.sh").toString()));
    return new Helm(built.requireSuccess().out().strip());
  }

  Result helm(String... args) {
    List<String> command = new ArrayList<>(List.of(binary));
    command.addAll(Arrays.asList(args));
    return run(command);
  }

  /** The objects "helm template" renders for the values given as --set pairs. */
  List<GenericKubernetesResource> render(String... setValues) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "template", "vitrine-operator", CHART.toString(), "--namespace", "vitrine-system"));
    for (String value : setValues) {
      args.add("--set");
      args.add(value);
    }
    return parse(helm(args.toArray(String[]::new)).requireSuccess().out());
  }

  static List<GenericKubernetesResource> parse(String manifests) {
    return Stream.of(manifests.split("(?m)^---\\s*$"))
        .filter(doc -> doc.lines().anyMatch(line -> line.startsWith("kind:")))
        .map(doc -> Serialization.unmarshal(doc, GenericKubernetesResource.class))
        .toList();
  }

  private static Result run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).directory(REPO.toFile()).start();
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      String out = read(process.getInputStream());
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + command);
      }
      return new Result(process.exitValue(), out, err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(java.io.InputStream stream) {
    try {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
