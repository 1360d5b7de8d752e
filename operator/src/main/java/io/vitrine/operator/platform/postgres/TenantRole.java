package io.vitrine.operator.platform.postgres;

/** What the catalog says about a tenant's login role. */
record TenantRole(String comment, boolean canLogin, boolean inherits) {

  /** Null when the role was not created by Vitrine. */
  String passwordFingerprint() {
    return PostgresTenants.fingerprintIn(comment);
  }

  void requireManagedByVitrine(String role) {
    if (passwordFingerprint() == null) {
      throw new IllegalStateException(
          "role " + role + " exists but was not created by Vitrine; refusing to change it");
    }
  }
}
