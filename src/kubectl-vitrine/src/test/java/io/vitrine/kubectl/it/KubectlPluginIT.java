package io.vitrine.kubectl.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.testing.LocalStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged plugin as users run it: kubectl finds bin/kubectl-vitrine on the PATH and runs it
 * with the current kubeconfig.
 */
class KubectlPluginIT {

  private static final Path BIN =
      Path.of(System.getProperty("kubectl.vitrine.home", ".")).resolve("bin").toAbsolutePath();

  @Test
  void kubectlFindsThePluginAndRunsIt() throws Exception {
    LocalStack stack = LocalStack.load();
    String kubectl = Path.of(stack.get("VITRINE_KUBE_BIN"), "kubectl").toString();

    String plugins = run(stack, kubectl, "plugin", "list");
    String help = run(stack, kubectl, "vitrine", "--help");
    String absent =
        run(stack, kubectl, "vitrine", "status", "retailer", Cluster.uniqueName("absent"));

    assertThat(plugins).contains(BIN.resolve("kubectl-vitrine").toString());
    assertThat(help)
        .contains("Usage: kubectl vitrine")
        .contains("status")
        .contains("promote")
        .contains("approve");
    assertThat(absent).contains("error: retailerintegration absent-").contains("not found");
  }

  private static String run(LocalStack stack, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
    builder.environment().put("KUBECONFIG", stack.get("VITRINE_KUBECONFIG"));
    builder.environment().put("PATH", BIN + ":" + System.getenv("PATH"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return output;
  }
}
