package io.vitrine.tenant.pos.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import io.vitrine.tenant.pos.LineTag;
import java.util.List;

/** Reads what a vendor's line item carries that may hold a serial, as {@link LineTag}s. */
final class LineTags {

  private LineTags() {}

  /** Shopify's {@code properties}: a list of {@code {name, value}}. */
  static void properties(int lineNumber, JsonNode properties, List<LineTag> into) {
    for (JsonNode property : properties) {
      String name = VendorJson.text(property, "name");
      String value = VendorJson.text(property, "value");
      if (name != null && value != null && !value.isBlank()) {
        into.add(new LineTag(lineNumber, LineTag.Source.PROPERTY, name, value));
      }
    }
  }

  /** A free-text note on the line (Square, Clover). */
  static void note(int lineNumber, JsonNode item, List<LineTag> into) {
    String note = VendorJson.text(item, "note");
    if (note != null && !note.isBlank()) {
      into.add(new LineTag(lineNumber, LineTag.Source.NOTE, "", note));
    }
  }

  /** Square's line-item {@code metadata}: an object of text values. */
  static void metadata(int lineNumber, JsonNode metadata, List<LineTag> into) {
    metadata
        .fields()
        .forEachRemaining(
            entry -> {
              if (entry.getValue().isValueNode() && !entry.getValue().asText().isBlank()) {
                into.add(
                    new LineTag(
                        lineNumber,
                        LineTag.Source.ATTRIBUTE,
                        entry.getKey(),
                        entry.getValue().asText()));
              }
            });
  }

  /** The line item's own id, for a vendor that names it where the serial is (Lightspeed X). */
  static void lineItemId(int lineNumber, JsonNode item, List<LineTag> into) {
    String id = VendorJson.text(item, "id");
    if (id != null && !id.isBlank()) {
      into.add(new LineTag(lineNumber, LineTag.Source.LINE_ITEM_ID, "", id));
    }
  }
}
