package io.vitrine.kubectl;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code status retailer|rollout NAME [--watch]}: a readable summary, once or at every change. */
@Command(
    name = "status",
    description = "Show a retailer's tenant or a store rollout in a readable summary.")
class StatusCommand implements java.util.concurrent.Callable<Integer> {

  /** What the status is asked for. */
  enum Kind {
    retailer,
    rollout
  }

  @ParentCommand KubectlVitrine root;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      description = "retailer (a RetailerIntegration) or rollout (a StoreRollout)")
  Kind kind;

  @Parameters(index = "1", description = "Its name.")
  String name;

  @Option(
      names = {"-n", "--namespace"},
      description = "Namespace of the rollout (default: the only one that has it).")
  String namespace;

  @Option(
      names = {"-w", "--watch"},
      description = "Print the summary again at every change, until the resource is deleted.")
  boolean watch;

  @Override
  public Integer call() throws InterruptedException {
    Resource<GenericKubernetesResource> resource = resource();
    Function<Map<String, Object>, String> summary =
        kind == Kind.retailer
            ? r -> RetailerSummary.render(root.clock().instant(), r, rolloutsOf(r))
            : r -> RolloutSummary.render(root.clock().instant(), r);
    PrintWriter out = spec.commandLine().getOut();
    GenericKubernetesResource current = Resources.require(resource, description());
    out.print(summary.apply(Resources.asMap(current)));
    out.flush();
    return watch ? watch(resource, current.getMetadata().getResourceVersion(), summary, out) : 0;
  }

  private Resource<GenericKubernetesResource> resource() {
    if (kind == Kind.retailer) {
      return Resources.retailer(root.client(), name);
    }
    namespace = Resources.rolloutNamespace(root.client(), namespace, name);
    return Resources.rollout(root.client(), namespace, name);
  }

  /** The StoreRollouts in the retailer's tenant namespace, once the operator has named it. */
  private List<Map<String, Object>> rolloutsOf(Map<String, Object> retailer) {
    String tenantNamespace = Fields.text(retailer, "status", "namespace");
    if (tenantNamespace.isEmpty()) {
      return List.of();
    }
    try {
      return root
          .client()
          .genericKubernetesResources(Resources.STORE_ROLLOUTS)
          .inNamespace(tenantNamespace)
          .list()
          .getItems()
          .stream()
          .map(Resources::asMap)
          .toList();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return List.of(); // the StoreRollout CRD is not installed
      }
      throw e;
    }
  }

  private String description() {
    return kind == Kind.retailer
        ? "retailerintegration " + name
        : "storerollout " + name + " in namespace " + namespace;
  }

  private int watch(
      Resource<GenericKubernetesResource> resource,
      String resourceVersion,
      Function<Map<String, Object>, String> summary,
      PrintWriter out)
      throws InterruptedException {
    CompletableFuture<Integer> done = new CompletableFuture<>();
    try (var ignored =
        resource.watch(
            new ListOptionsBuilder().withResourceVersion(resourceVersion).build(),
            new Watcher<GenericKubernetesResource>() {
              @Override
              public void eventReceived(Action action, GenericKubernetesResource changed) {
                if (action == Action.DELETED) {
                  out.println(description() + " was deleted");
                  out.flush();
                  done.complete(0);
                  return;
                }
                out.println("---");
                out.print(summary.apply(Resources.asMap(changed)));
                out.flush();
              }

              @Override
              public void onClose(WatcherException cause) {
                spec.commandLine().getErr().println("error: watch closed: " + cause.getMessage());
                done.complete(1);
              }
            })) {
      return done.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
