/**
 * The POS vendors' APIs (Shopify, Square, Lightspeed X and R, Clover): authenticated calls and the
 * mapping of each vendor's order payload to a normalised sale.
 */
package io.vitrine.tenant.pos.vendor;
