package io.vitrine.tenant.assets;

import java.util.Set;

/** What happened to an asset, as its chain of custody records it. */
public enum AssetEventKind {
  RECEIVED,
  SOLD,
  TRANSFERRED,
  SERVICED,
  AUTHENTICATED,
  RETURNED,
  REPORTED_STOLEN,
  RESOLD;

  /** What a person records at the till or the back office; sales come from the POS. */
  static final Set<AssetEventKind> RECORDED_BY_HAND =
      Set.of(RECEIVED, TRANSFERRED, SERVICED, RETURNED, REPORTED_STOLEN, RESOLD);

  /** Events after which the asset belongs to a customer. */
  boolean hasNewOwner() {
    return this == SOLD || this == RESOLD || this == TRANSFERRED;
  }

  /** Events after which the asset is back with the retailer. */
  boolean backWithRetailer() {
    return this == RECEIVED || this == RETURNED;
  }
}
