package io.vitrine.kubectl;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kubectl vitrine}: status of retailers and store rollouts, and the rollout actions an
 * operator of the platform takes by hand. Runs as a kubectl plugin (an executable named
 * kubectl-vitrine on the PATH) with the current kubeconfig context.
 */
@Command(
    name = "kubectl vitrine",
    mixinStandardHelpOptions = true,
    version = "kubectl vitrine 0.1.0",
    description = "Status and actions for Vitrine retailers and store rollouts.",
    subcommands = {
      StatusCommand.class,
      PromoteCommand.class,
      RolloutActionCommand.Approve.class,
      RolloutActionCommand.Pause.class,
      RolloutActionCommand.Resume.class,
      RolloutActionCommand.Abort.class,
      RolloutActionCommand.Retry.class
    })
public class KubectlVitrine {

  private final Supplier<KubernetesClient> clients;
  private final Clock clock;
  private KubernetesClient client;

  public KubectlVitrine(Supplier<KubernetesClient> clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /** The client of the current kubeconfig context, created on first use. */
  KubernetesClient client() {
    if (client == null) {
      client = clients.get();
    }
    return client;
  }

  Clock clock() {
    return clock;
  }

  /** A command line whose API errors print as one clear line instead of a stack trace. */
  public static CommandLine commandLine(KubectlVitrine root) {
    return new CommandLine(root)
        .setExecutionExceptionHandler(
            (error, commandLine, parseResult) -> {
              if (error instanceof KubernetesClientException
                  || error instanceof IllegalArgumentException
                  || error instanceof IllegalStateException) {
                commandLine.getErr().println("error: " + error.getMessage());
                return 1;
              }
              throw error;
            });
  }

  public static void main(String[] args) {
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      int exit = commandLine(new KubectlVitrine(() -> client, Clock.systemUTC())).execute(args);
      System.exit(exit);
    }
  }
}
