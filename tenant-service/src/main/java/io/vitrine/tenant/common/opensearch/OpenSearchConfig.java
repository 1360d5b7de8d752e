package io.vitrine.tenant.common.opensearch;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The shared OpenSearch (VITRINE_OPENSEARCH_URL). The operator gives tenants no OpenSearch
 * credentials today; a platform whose OpenSearch requires them sets these.
 */
@ConfigMapping(prefix = "vitrine.opensearch")
public interface OpenSearchConfig {

  String url();

  Optional<String> username();

  Optional<String> password();
}
