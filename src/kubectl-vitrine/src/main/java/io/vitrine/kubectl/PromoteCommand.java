package io.vitrine.kubectl;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.vitrine.api.v1alpha1.rollout.StoreRollout;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code promote ROLLOUT --to PHASE}: sets spec.targetPhase, the furthest phase the operator may
 * advance to, and records who did it in the {@code vitrine.io/promoted-by} annotation. Git stays
 * the source of truth: the command says so, since a GitOps sync sets the field back.
 */
@Command(
    name = "promote",
    description = "Allow a rollout to advance up to a phase (sets spec.targetPhase).")
class PromoteCommand implements Callable<Integer> {

  static final String GIT_WARNING =
      "warning: Git is the source of truth for spec.targetPhase: Argo CD or Flux sets it back at"
          + " the next sync unless the same change is merged in Git.";

  @ParentCommand KubectlVitrine root;

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "The StoreRollout.")
  String rollout;

  @Option(
      names = {"-n", "--namespace"},
      description = "Namespace of the rollout (default: the only one that has it).")
  String namespace;

  @Option(names = "--to", required = true, description = "The phase to allow.")
  String phase;

  @Override
  public Integer call() {
    namespace = Resources.rolloutNamespace(root.client(), namespace, rollout);
    Resource<GenericKubernetesResource> resource =
        Resources.rollout(root.client(), namespace, rollout);
    String description = "storerollout " + rollout + " in namespace " + namespace;
    Map<String, Object> current = Resources.asMap(Resources.require(resource, description));
    requirePhase(current, description);
    String by = Whoami.username(root.client());
    spec.commandLine().getErr().println(GIT_WARNING);
    resource.patch(PatchContext.of(PatchType.JSON_MERGE), patch(current, by));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s: targetPhase %s -> %s (by %s)%n",
        description, Fields.textOr(current, "-", "spec", "targetPhase"), phase, by);
    out.flush();
    return 0;
  }

  private void requirePhase(Map<String, Object> rollout, String description) {
    List<String> phases =
        Fields.list(rollout, "spec", "phases").stream()
            .map(p -> String.valueOf(p.get("name")))
            .toList();
    if (!phases.contains(phase)) {
      throw new IllegalArgumentException(
          "'%s' is not a phase of %s; its phases are: %s"
              .formatted(phase, description, String.join(", ", phases)));
    }
  }

  private String patch(Map<String, Object> rollout, String by) {
    Map<String, Object> promotion = new LinkedHashMap<>();
    promotion.put("by", by);
    promotion.put("at", root.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString());
    promotion.put("from", Fields.text(rollout, "spec", "targetPhase"));
    promotion.put("to", phase);
    return Serialization.asJson(
        Map.of(
            "metadata",
            Map.of(
                "annotations",
                Map.of(StoreRollout.PROMOTED_BY_ANNOTATION, Serialization.asJson(promotion))),
            "spec",
            Map.of("targetPhase", phase)));
  }
}
