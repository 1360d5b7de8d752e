/**
 * The tenant's products as the till reads them: an immutable in-memory snapshot ({@code
 * CheckoutCatalog}) loaded at start and merged as products change, so that ranking and screening
 * never query the catalog; regimen complements from a data file.
 */
package io.vitrine.tenant.checkout.catalog;
