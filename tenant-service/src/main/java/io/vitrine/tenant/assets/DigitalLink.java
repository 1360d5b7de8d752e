package io.vitrine.tenant.assets;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The GS1 Digital Link URI of a serialized item ({@code
 * https://id.gs1.org/01/{GTIN-14}/21/{serial}}), the digital product passport link printed on the
 * receipt. The GTIN is padded to 14 digits after its check digit is verified; the serial (AI 21: 1
 * to 20 characters of GS1 character set 82) is percent-encoded as the standard asks: every
 * character but the URI unreserved ones ({@code A-Z a-z 0-9 - . _ ~}).
 */
final class DigitalLink {

  static final String RESOLVER = "https://id.gs1.org";

  /** GS1 AI encodable character set 82, the characters a serial (AI 21) may hold. */
  private static final String CSET_82 =
      "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

  private DigitalLink() {}

  /** The URI, or empty with no valid GTIN or a serial AI 21 cannot carry. */
  static Optional<String> of(String gtin, String serial) {
    return gtin14(gtin)
        .filter(valid -> validSerial(serial))
        .map(valid -> RESOLVER + "/01/" + valid + "/21/" + percentEncode(serial));
  }

  /** A GTIN-8, -12, -13 or -14 with a correct check digit, as 14 digits. */
  static Optional<String> gtin14(String gtin) {
    if (gtin == null || !gtin.matches("\\d{8}|\\d{12,14}")) {
      return Optional.empty();
    }
    String padded = "0".repeat(14 - gtin.length()) + gtin;
    return checkDigit(padded.substring(0, 13)) == padded.charAt(13) - '0'
        ? Optional.of(padded)
        : Optional.empty();
  }

  /** GS1 mod-10: weights 3 and 1 from the right of the first 13 digits. */
  static int checkDigit(String first13) {
    int sum = 0;
    for (int i = 0; i < first13.length(); i++) {
      int digit = first13.charAt(i) - '0';
      sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
  }

  static boolean validSerial(String serial) {
    if (serial == null || serial.isEmpty() || serial.length() > 20) {
      return false;
    }
    return serial.chars().allMatch(c -> CSET_82.indexOf(c) >= 0);
  }

  static String percentEncode(String value) {
    var encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (unreserved(c)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }

  private static boolean unreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
