package io.vitrine.tenant.assets;

import io.vitrine.tenant.pos.LineTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a retailer's associates put the serial on a POS line: a named property or metadata entry,
 * the line's note, or (Lightspeed X-Series) the Serial Numbers API. With a pattern, each match's
 * first group is a serial; without, the value is the serials, separated by commas, semicolons or
 * line breaks (a line of two watches carries two).
 *
 * @param name the property or metadata key, compared ignoring case; null for a note or the API
 * @param pattern null: the whole value
 */
public record SerialRule(Source source, String name, Pattern pattern) {

  /** Where the serial is. */
  public enum Source {
    PROPERTY,
    NOTE,
    ATTRIBUTE,
    SERIAL_NUMBERS_API
  }

  /** "Serial: A123", "S/N A123", "serial number #A123" in a free-text note. */
  static final Pattern SERIAL_IN_NOTE =
      Pattern.compile(
          "(?i)\\b(?:serial(?:\\s*(?:no|number))?|s/?n)\\b\\.?\\s*[:#]?\\s*([A-Za-z0-9][A-Za-z0-9./-]*)");

  private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");

  /** What a retailer without its own rule gets for this POS. */
  public static SerialRule defaultFor(String provider) {
    return switch (provider) {
      case "shopify" -> new SerialRule(Source.PROPERTY, "Serial number", null);
      case "lightspeed-x" -> new SerialRule(Source.SERIAL_NUMBERS_API, null, null);
      default -> new SerialRule(Source.NOTE, null, SERIAL_IN_NOTE);
    };
  }

  /** Whether the serial is read from what the line carried (not fetched from the vendor). */
  boolean readsTags() {
    return source != Source.SERIAL_NUMBERS_API;
  }

  /** The serials in one line's tags, in order, without repeats. */
  List<String> serialsIn(List<LineTag> lineTags) {
    var serials = new ArrayList<String>();
    for (LineTag tag : lineTags) {
      if (takes(tag)) {
        for (String serial : serialsOf(tag.value())) {
          if (!serials.contains(serial)) {
            serials.add(serial);
          }
        }
      }
    }
    return serials;
  }

  private boolean takes(LineTag tag) {
    return switch (source) {
      case PROPERTY -> tag.source() == LineTag.Source.PROPERTY && tag.name().equalsIgnoreCase(name);
      case ATTRIBUTE ->
          tag.source() == LineTag.Source.ATTRIBUTE && tag.name().equalsIgnoreCase(name);
      case NOTE -> tag.source() == LineTag.Source.NOTE;
      case SERIAL_NUMBERS_API -> false;
    };
  }

  List<String> serialsOf(String value) {
    var serials = new ArrayList<String>();
    if (pattern == null) {
      for (String part : SEPARATORS.split(value)) {
        if (!part.isBlank()) {
          serials.add(part.trim());
        }
      }
      return serials;
    }
    Matcher matcher = pattern.matcher(value);
    while (matcher.find()) {
      String found = matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
      if (found != null && !found.isBlank()) {
        serials.add(found.trim());
      }
    }
    return serials;
  }
}
