package io.vitrine.operator.status;

/**
 * The condition types Flux and kstatus read on every Vitrine resource. A status is Current when
 * Ready is True with neither Reconciling nor Stalled, Failed when Stalled, InProgress otherwise;
 * exactly one of the three is True.
 */
public final class Kstatus {

  public static final String READY = "Ready";
  public static final String RECONCILING = "Reconciling";
  public static final String STALLED = "Stalled";

  private Kstatus() {}
}
