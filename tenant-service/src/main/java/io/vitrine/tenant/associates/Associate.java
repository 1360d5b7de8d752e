package io.vitrine.tenant.associates;

import java.util.List;

/**
 * A store employee's account in the tenant realm. {@code pendingActions} lists what they must still
 * do at their first login (set a password, verify the e-mail).
 */
public record Associate(
    String id,
    String email,
    String firstName,
    String lastName,
    String role,
    boolean enabled,
    List<String> pendingActions) {}
