package io.vitrine.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.ValidationRule;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.LinkedHashMap;
import java.util.Map;

public class TenantServiceSpec {

  @JsonPropertyDescription("Container image of tenant-service; defaults to the operator's setting.")
  private String image;

  @Default("2")
  @Min(0)
  @Max(20)
  @JsonPropertyDescription("Replicas of tenant-service (0 while suspended).")
  private int replicas = 2;

  @JsonPropertyDescription("CPU and memory requests and limits of each tenant-service pod.")
  private ResourceRequirements resources;

  @Default("Compact")
  @JsonPropertyDescription(
      "How the JVM of tenant-service compiles. Compact (the client compiler only) has the"
          + " smallest footprint: it idles under 200 MB and starts in under 3 s, for most"
          + " retailers. Throughput (both compilers) answers checkout requests with about 2.5 times"
          + " lower tail latency under sustained load, for retailers with many busy tills, and"
          + " needs a few MB more and more CPU while it warms up.")
  private JvmProfile jvmProfile = JvmProfile.Compact;

  @ValidationRule(
      value =
          "self.all(f, f in ['checkout-recommendations', 'allergy-screening',"
              + " 'loyalty-personalization', 'clienteling', 'post-purchase-messages', 'copilot'])",
      message =
          "featureDefaults names a feature Vitrine does not have: use checkout-recommendations,"
              + " allergy-screening, loyalty-personalization, clienteling, post-purchase-messages"
              + " or copilot")
  @JsonPropertyDescription(
      "Whether a feature is on for every store while no StoreRollout governs it (off when not"
          + " listed), e.g. allergy-screening: true. A StoreRollout's flags replace this for the"
          + " features it governs.")
  private Map<String, Boolean> featureDefaults = new LinkedHashMap<>();

  @JsonPropertyDescription(
      "Where approved customer messages are delivered: HTTP services that resolve the opaque"
          + " contact reference and send the e-mail or SMS. Without them, approved messages wait"
          + " and then fail.")
  private MessagingSpec messaging;

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public int getReplicas() {
    return replicas;
  }

  public void setReplicas(int replicas) {
    this.replicas = replicas;
  }

  public ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(ResourceRequirements resources) {
    this.resources = resources;
  }

  public JvmProfile getJvmProfile() {
    return jvmProfile;
  }

  public void setJvmProfile(JvmProfile jvmProfile) {
    this.jvmProfile = jvmProfile;
  }

  public MessagingSpec getMessaging() {
    return messaging;
  }

  public void setMessaging(MessagingSpec messaging) {
    this.messaging = messaging;
  }

  public Map<String, Boolean> getFeatureDefaults() {
    return featureDefaults;
  }

  public void setFeatureDefaults(Map<String, Boolean> featureDefaults) {
    this.featureDefaults = featureDefaults;
  }
}
