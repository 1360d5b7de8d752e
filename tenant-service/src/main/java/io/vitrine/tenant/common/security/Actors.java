package io.vitrine.tenant.common.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the audit log records it: the token's subject (the Keycloak user id), never a
 * name or an e-mail address.
 */
public final class Actors {

  private Actors() {}

  public static String of(JsonWebToken token) {
    String subject = token.getSubject();
    return subject == null ? "unknown" : subject;
  }
}
