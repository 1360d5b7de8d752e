/**
 * The retailer's stores ({@code /v1/admin/stores}): the registry of POS location ids, display names
 * and labels that StoreRollout phases select by. Owns the {@code stores} table; other features read
 * a store through {@link io.vitrine.tenant.stores.StoreService}.
 */
package io.vitrine.tenant.stores;
