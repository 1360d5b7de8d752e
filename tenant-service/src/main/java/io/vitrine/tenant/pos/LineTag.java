package io.vitrine.tenant.pos;

/**
 * Something a POS carried on a sale line that may hold a serial number, stored as the POS gave it
 * ({@code sale_line_tags}); which one holds the serial is the retailer's rule, applied later.
 *
 * @param lineNumber the sale line it belongs to
 * @param name the property or metadata key; empty for a note or a line id
 */
public record LineTag(int lineNumber, Source source, String name, String value) {

  /** Where on the line the POS carried it. */
  public enum Source {
    /** A Shopify line-item property ({@code properties[].name/value}). */
    PROPERTY,
    /** A Square or Clover line-item note. */
    NOTE,
    /** A Square line-item metadata entry (custom key-value data on the line). */
    ATTRIBUTE,
    /** The Lightspeed X-Series line item id, which its Serial Numbers API names. */
    LINE_ITEM_ID
  }

  public LineTag {
    name = name == null ? "" : name;
  }
}
