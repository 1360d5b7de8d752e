package io.vitrine.tenant.it;

import org.eclipse.microprofile.config.ConfigProvider;

/** The test tenant's POS settings ({@code vitrine.pos.*}) that TenantStackResource generated. */
final class PosSettings {

  private PosSettings() {}

  /** Read, not injected: the ITs without a POS share the application, where these are unset. */
  static String pos(String name) {
    return ConfigProvider.getConfig().getValue("vitrine.pos." + name, String.class);
  }
}
