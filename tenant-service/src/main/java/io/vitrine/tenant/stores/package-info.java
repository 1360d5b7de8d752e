/**
 * The retailer's stores ({@code /v1/admin/stores}): the registry of POS location ids, display names
 * and labels that StoreRollout phases select by, and optional coordinates (latitude and longitude
 * together) by which stock lookups list the nearest stores first. Owns the {@code stores} table;
 * other features read a store through {@link io.vitrine.tenant.stores.StoreService}, which also
 * adds the store of a POS location the POS reports before an admin did.
 */
package io.vitrine.tenant.stores;
