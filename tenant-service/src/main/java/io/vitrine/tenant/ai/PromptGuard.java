package io.vitrine.tenant.ai;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses prompts that carry personal data: e-mail addresses, phone numbers in international and
 * local formats, payment card numbers (13 to 19 digits passing Luhn) and the values a feature knows
 * to be personal. It errs towards refusing: a refused prompt costs a deterministic text, a leaked
 * one cannot be recalled. A long number that is really a product code is refused too, so prompts
 * name products by reference labels ({@code [P1]}) and Vitrine maps them back.
 */
public final class PromptGuard {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /** Digits with the separators cards are written with. */
  private static final Pattern CARD = Pattern.compile("(?<![\\d+])(?:\\d[ -]?){12,18}\\d(?![\\d])");

  /**
   * A run of digits in groups, as phone numbers are written: an optional {@code +} or {@code 00}
   * prefix, parentheses, spaces, dots, hyphens or slashes between groups.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w+])(?:\\+|\\b00)?\\(?\\d[\\d().\\s/-]{6,}\\d(?![\\w])");

  private static final int FEWEST_PHONE_DIGITS = 9;
  private static final int MOST_PHONE_DIGITS = 15;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private PromptGuard() {}

  /** Inspects both messages of a prompt. */
  public static GuardVerdict inspect(Prompt prompt, PersonalValues personal) {
    var found = EnumSet.noneOf(PiiKind.class);
    found.addAll(inspect(prompt.system()).found());
    found.addAll(inspect(prompt.user()).found());
    if (personal.foundIn(prompt.system()) || personal.foundIn(prompt.user())) {
      found.add(PiiKind.PERSONAL_VALUE);
    }
    return new GuardVerdict(found);
  }

  /** Inspects one text for the patterns alone. */
  public static GuardVerdict inspect(String text) {
    var found = EnumSet.noneOf(PiiKind.class);
    String rest = text;
    rest = remove(EMAIL, rest, PiiKind.EMAIL_ADDRESS, found);
    rest = removeCards(rest, found);
    if (hasPhoneNumber(rest)) {
      found.add(PiiKind.PHONE_NUMBER);
    }
    return new GuardVerdict(found);
  }

  private static String remove(Pattern pattern, String text, PiiKind kind, EnumSet<PiiKind> found) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    found.add(kind);
    return matcher.replaceAll(" ");
  }

  private static String removeCards(String text, EnumSet<PiiKind> found) {
    Matcher matcher = CARD.matcher(text);
    var rest = new StringBuilder();
    while (matcher.find()) {
      if (Luhn.valid(matcher.group().replaceAll("[ -]", ""))) {
        found.add(PiiKind.PAYMENT_CARD);
        matcher.appendReplacement(rest, " ");
      }
    }
    matcher.appendTail(rest);
    return rest.toString();
  }

  private static boolean hasPhoneNumber(String text) {
    Matcher matcher = PHONE.matcher(text);
    while (matcher.find()) {
      String candidate = matcher.group().strip();
      long digits = candidate.chars().filter(Character::isDigit).count();
      if (digits >= FEWEST_PHONE_DIGITS
          && digits <= MOST_PHONE_DIGITS
          && !ISO_DATE.matcher(candidate).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The Luhn checksum of payment card numbers. */
  static final class Luhn {

    private Luhn() {}

    static boolean valid(String digits) {
      int sum = 0;
      boolean doubled = false;
      for (int i = digits.length() - 1; i >= 0; i--) {
        int digit = digits.charAt(i) - '0';
        if (doubled) {
          digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        sum += digit;
        doubled = !doubled;
      }
      return sum % 10 == 0;
    }
  }
}
