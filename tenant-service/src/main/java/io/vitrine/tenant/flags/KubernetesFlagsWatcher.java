package io.vitrine.tenant.flags;

import static io.vitrine.api.config.TenantServiceProperties.FEATURES_KUBERNETES_ENABLED;
import static io.vitrine.api.config.TenantServiceProperties.FEATURES_KUBERNETES_NAMESPACE;
import static io.vitrine.api.flags.FlagsConfigMapLayout.FLAGS_KEY;
import static io.vitrine.api.flags.FlagsConfigMapLayout.POINTER_LABEL;
import static io.vitrine.api.flags.FlagsConfigMapLayout.ROLLOUT_LABEL;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vitrine.api.flags.FlagsConfigMapLayout;
import io.vitrine.api.flags.FlagsDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies the flags the operator publishes in this tenant's namespace, as they change, without a
 * restart: an informer on the ConfigMaps labelled {@value FlagsConfigMapLayout#ROLLOUT_LABEL}, laid
 * out as {@link FlagsConfigMapLayout} says. A rollout's pointer names the revision in force; that
 * revision's ConfigMap carries the {@link FlagsDocument}. A deleted pointer withdraws the rollout's
 * flags. Enabled by {@code vitrine.features.kubernetes.enabled}.
 */
@ApplicationScoped
public class KubernetesFlagsWatcher {

  private static final Logger LOG = Logger.getLogger(KubernetesFlagsWatcher.class);

  private final PublishedFeatureFlags flags;
  private final Instance<KubernetesClient> client;
  private final boolean enabled;
  private final Optional<String> namespace;
  private SharedIndexInformer<ConfigMap> informer;

  public KubernetesFlagsWatcher(
      PublishedFeatureFlags flags,
      Instance<KubernetesClient> client,
      @ConfigProperty(name = FEATURES_KUBERNETES_ENABLED, defaultValue = "false") boolean enabled,
      @ConfigProperty(name = FEATURES_KUBERNETES_NAMESPACE) Optional<String> namespace) {
    this.flags = flags;
    this.client = client;
    this.enabled = enabled;
    this.namespace = namespace;
  }

  void start(@Observes StartupEvent startup) {
    if (!enabled) {
      return;
    }
    KubernetesClient kubernetes = client.get();
    String watched = namespace.orElseGet(kubernetes::getNamespace);
    // Started without waiting for the first list, so that start-up goes on meanwhile; readiness
    // (FeatureFlagsReadiness) waits for it instead.
    informer =
        kubernetes.configMaps().inNamespace(watched).withLabel(ROLLOUT_LABEL).runnableInformer(0);
    informer.addEventHandler(new Handler());
    informer
        .start()
        .whenComplete(
            (synced, failure) -> {
              if (failure == null) {
                LOG.infof("watching feature flags in namespace %s", watched);
              } else {
                LOG.errorf("feature flags in namespace %s cannot be watched: %s", watched, failure);
              }
            });
  }

  /** Whether the flags published in the namespace are known: always when watching is off. */
  public boolean synced() {
    return !enabled || (informer != null && informer.hasSynced());
  }

  void stop(@Observes ShutdownEvent shutdown) {
    if (informer != null) {
      informer.close();
    }
  }

  /** Re-applies the rollout a changed ConfigMap belongs to. */
  private final class Handler implements ResourceEventHandler<ConfigMap> {

    @Override
    public void onAdd(ConfigMap configMap) {
      apply(rollout(configMap));
    }

    @Override
    public void onUpdate(ConfigMap before, ConfigMap after) {
      apply(rollout(after));
    }

    @Override
    public void onDelete(ConfigMap configMap, boolean finalStateUnknown) {
      String rollout = rollout(configMap);
      if (isPointer(configMap)) {
        flags.withdraw(rollout);
        LOG.infof("flags of rollout %s withdrawn", rollout);
      }
    }
  }

  private void apply(String rollout) {
    Optional<ConfigMap> pointer = find(FlagsConfigMapLayout.pointerName(rollout));
    if (pointer.isEmpty()) {
      return;
    }
    long revision = FlagsConfigMapLayout.pointedRevision(pointer.get());
    Optional<ConfigMap> document = find(FlagsConfigMapLayout.revisionName(rollout, revision));
    if (document.isEmpty()) {
      return; // the revision's own event applies it when it arrives
    }
    FlagsDocument.parse(data(document.get()).getOrDefault(FLAGS_KEY, ""))
        .ifPresentOrElse(
            parsed -> {
              flags.publish(parsed);
              LOG.debugf("flags of rollout %s at revision %d", rollout, parsed.revision());
            },
            () -> LOG.warnf("flags revision %d of rollout %s is unreadable", revision, rollout));
  }

  private Optional<ConfigMap> find(String name) {
    return informer.getStore().list().stream()
        .filter(cm -> cm.getMetadata().getName().equals(name))
        .findFirst();
  }

  private static String rollout(ConfigMap configMap) {
    return configMap.getMetadata().getLabels().get(ROLLOUT_LABEL);
  }

  private static boolean isPointer(ConfigMap configMap) {
    return "true".equals(configMap.getMetadata().getLabels().get(POINTER_LABEL));
  }

  private static Map<String, String> data(ConfigMap configMap) {
    return configMap.getData() == null ? Map.of() : configMap.getData();
  }
}
