package io.vitrine.tenant.common.security;

/** The realm roles the operator creates in every tenant realm. */
public final class Roles {

  public static final String ASSOCIATE = "associate";
  public static final String STORE_MANAGER = "store-manager";
  public static final String RETAILER_ADMIN = "retailer-admin";
  public static final String AUDITOR = "auditor";

  /**
   * The Vitrine operator's service account (client vitrine-platform): reads stores and KPIs for
   * StoreRollouts. The operator adds it to the realm when it first drives a rollout there.
   */
  public static final String PLATFORM_OPERATOR = "platform-operator";

  private Roles() {}
}
