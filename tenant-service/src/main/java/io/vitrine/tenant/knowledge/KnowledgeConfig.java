package io.vitrine.tenant.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the knowledge base ({@code vitrine.knowledge.*}). */
@ConfigMapping(prefix = "vitrine.knowledge")
public interface KnowledgeConfig {

  /** Passages one document may be split into (a 300-page manual makes about 1,500). */
  @WithDefault("2000")
  int maxPassages();
}
