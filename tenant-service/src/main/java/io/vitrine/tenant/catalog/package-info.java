/**
 * The retailer's product catalog: imports from CSV or JSON with per-row errors ({@code
 * /v1/admin/catalog/imports}), full rebuilds of the search index ({@code /reindex}) and search for
 * associates ({@code /v1/catalog/products}). Owns the {@code products}, {@code catalog_imports} and
 * {@code catalog_import_errors} tables and the tenant's OpenSearch index, always through its alias
 * ({@code vitrine.catalog.*}).
 */
package io.vitrine.tenant.catalog;
