package io.vitrine.operator.retailer.model;

/** Secrets in a tenant's namespace and the keys they hold. */
public final class SecretNames {

  public static final String POS_CREDENTIALS = "pos-credentials";
  public static final String POS_API_TOKEN = "apiToken";
  public static final String POS_WEBHOOK_SIGNING_KEY = "webhookSigningKey";

  /** The copy of the model endpoint's API key ({@code spec.ai}); empty when it takes none. */
  public static final String AI_CREDENTIALS = "ai-credentials";

  public static final String AI_API_KEY = "apiKey";

  public static final String DATABASE = "database-credentials";
  public static final String DATABASE_PASSWORD = "password";

  public static final String KEYCLOAK_CLIENTS = "keycloak-clients";
  public static final String ADMIN_API_CLIENT_SECRET = "adminApiClientSecret";
  public static final String SERVICE_CLIENT_SECRET = "serviceClientSecret";

  /** The copy of the tenant's pseudonym key that its pods read. */
  public static final String PSEUDONYM_KEY = "pseudonym-key";

  public static final String PSEUDONYM_KEY_VALUE = "key";

  public static final String CONFIG = "tenant-config";

  private SecretNames() {}
}
