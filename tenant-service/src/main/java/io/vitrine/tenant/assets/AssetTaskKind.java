package io.vitrine.tenant.assets;

/** Why an associate must look at a sale line or an asset. */
public enum AssetTaskKind {
  /** A serialized product was sold without (all) its serials. */
  MISSING_SERIAL,
  /** A serial was sold again while the chain of custody says a customer holds it. */
  DUPLICATE_SERIAL,
  /** An asset reported stolen was touched (sold, returned, serviced, bought back...). */
  STOLEN_TOUCH
}
