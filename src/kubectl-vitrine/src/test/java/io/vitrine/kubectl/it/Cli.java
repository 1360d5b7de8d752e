package io.vitrine.kubectl.it;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.vitrine.kubectl.KubectlVitrine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** Runs the plugin's command line in this JVM against the local control plane. */
final class Cli {

  /** What a command printed and how it ended. */
  record Run(int exitCode, String out, String err) {}

  private final KubernetesClient client;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  Cli(KubernetesClient client) {
    this.client = client;
  }

  Run run(String... args) {
    var commandLine =
        KubectlVitrine.commandLine(new KubectlVitrine(() -> client, Clock.systemUTC()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out(), err());
  }

  /** What the command has printed so far (for a command still running, e.g. --watch). */
  String out() {
    synchronized (out.getBuffer()) {
      return out.toString();
    }
  }

  String err() {
    synchronized (err.getBuffer()) {
      return err.toString();
    }
  }
}
