/**
 * Serialized assets from the sale on: the serial each POS carried on a sale line, found by the
 * retailer's rule ({@code serial_capture_rules}) when the sale's {@code SERIAL_CAPTURE} follow-up
 * runs; the asset registry ({@code assets}) with its append-only chain of custody ({@code
 * asset_events}); the tasks an associate must resolve ({@code asset_tasks}: a serialized product
 * sold without its serial, a serial sold twice, a stolen asset touched); warranty rules, extensions
 * and the coverage left; authentication records and the GS1 Digital Link of an asset; and the
 * look-ups at the till ({@code /v1/assets}, {@code /v1/admin/assets}).
 */
package io.vitrine.tenant.assets;
