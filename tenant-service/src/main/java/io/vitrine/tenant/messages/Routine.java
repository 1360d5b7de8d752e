package io.vitrine.tenant.messages;

/** When a regimen step is used. */
public enum Routine {
  AM,
  PM
}
