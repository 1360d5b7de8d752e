package io.vitrine.tenant.messages;

import jakarta.validation.constraints.Size;

/** Why a reviewer rejected a draft; optional. */
public record RejectRequest(@Size(max = 500) String reason) {}
