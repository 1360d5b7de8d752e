package io.vitrine.tenant.checkout.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.checkout.screening.LabelCorpus.Label;
import io.vitrine.tenant.ingredients.AllergenGroups;
import io.vitrine.tenant.ingredients.BorderlineNuts;
import io.vitrine.tenant.ingredients.InciNormalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Screening against 353 real published labels, read as the catalog import reads them ({@link
 * InciNormalizer#split}): every label a person found fragrance or nuts in is flagged (recall 100%),
 * what is flagged beyond that is listed here with the reason, and no label that is not an
 * ingredient list is ever passed as safe.
 */
class ScreeningCorpusTest {

  private static final List<Label> CORPUS = LabelCorpus.labels();
  private static final InciNormalizer INCI = InciNormalizer.standard();

  /** Flagged for fragrance though a reader finds none, and why that is acceptable. */
  private static final Map<String, String> FRAGRANCE_FLAGGED_BEYOND_READING = Map.of();

  /** Flagged for nuts though a reader finds none, and why that is acceptable. */
  private static final Map<String, String> NUTS_FLAGGED_BEYOND_READING =
      Map.of(
          "DR. JART+ | Dermask Ultra Jet Porecting Solution Bubbling Charcoal Sheet Mask",
          "'Pistachio Lentiscus (Mastic) Gum' misspells Pistacia lentiscus, mastic, not a nut; the"
              + " printed 'Pistachio' is what a till can read, and it errs on the safe side");

  @Test
  void theCorpusIsLargeAndVaried() {
    assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(300);
    assertThat(CORPUS.stream().filter(Label::fragrance)).hasSizeGreaterThan(100);
    assertThat(CORPUS.stream().filter(label -> label.nuts(true))).hasSizeGreaterThan(50);
    assertThat(CORPUS.stream().filter(label -> label.expected().contains("nuts")))
        .hasSizeGreaterThanOrEqualTo(15);
    assertThat(CORPUS.stream().filter(Label::noList)).hasSizeGreaterThan(20);
  }

  @Test
  void everyLabelWithFragranceIsFlaggedForAFragranceAllergy(TestReporter figures) {
    var avoid = avoiding("fragrance", BorderlineNuts.INCLUDE);
    publish(figures, "fragrance", avoid, Label::fragrance);

    assertThat(missed(avoid, Label::fragrance)).as("fragrance labels passed").isEmpty();
    assertThat(flaggedBeyondReading(avoid, Label::fragrance).keySet())
        .containsExactlyInAnyOrderElementsOf(FRAGRANCE_FLAGGED_BEYOND_READING.keySet());
  }

  @Test
  void everyLabelWithANutSourceIsFlaggedForANutAllergyBorderlineSourcesIncluded(
      TestReporter figures) {
    var avoid = avoiding("tree nuts", BorderlineNuts.INCLUDE);
    publish(figures, "nuts", avoid, label -> label.nuts(true));

    assertThat(missed(avoid, label -> label.nuts(true))).as("nut labels passed").isEmpty();
    assertThat(flaggedBeyondReading(avoid, label -> label.nuts(true)).keySet())
        .containsExactlyInAnyOrderElementsOf(NUTS_FLAGGED_BEYOND_READING.keySet());
  }

  @Test
  void aRetailerExcludingBorderlineSourcesStillFlagsEveryTreeNutAndPeanut() {
    var avoid = avoiding("tree nuts", BorderlineNuts.EXCLUDE);

    assertThat(missed(avoid, label -> label.nuts(false))).as("nut labels passed").isEmpty();
    assertThat(flaggedBeyondReading(avoid, label -> label.nuts(false)).keySet())
        .as("only shea, coconut, argan, marula or kukui: not flagged under 'exclude'")
        .containsExactlyInAnyOrderElementsOf(NUTS_FLAGGED_BEYOND_READING.keySet());
  }

  @Test
  void textThatIsNoIngredientListIsNeverPassedAsSafe() {
    for (String profile : List.of("fragrance", "tree nuts", "vegan")) {
      var avoid = avoiding(profile, BorderlineNuts.INCLUDE);
      for (Label label : CORPUS) {
        if (label.noList()) {
          assertThat(avoid.verdict(INCI.split(label.text())).safe())
              .as("%s for a customer avoiding %s", label.id(), profile)
              .isFalse();
        }
      }
    }
  }

  @Test
  void aCustomerWhoAvoidsNothingGetsEveryProductUnflagged() {
    for (Label label : CORPUS) {
      assertThat(AvoidList.nothing().verdict(INCI.split(label.text())).safe()).isTrue();
    }
  }

  /** The corpus figures, in the test report: expected, flagged, not screened, screened safe. */
  private static void publish(
      TestReporter figures, String group, AvoidList avoid, Predicate<Label> expected) {
    var counts = new TreeMap<String, Integer>();
    for (Label label : CORPUS) {
      Verdict verdict = avoid.verdict(INCI.split(label.text()));
      String outcome =
          !verdict.conflicts().isEmpty() ? "flagged" : verdict.screened() ? "safe" : "unscreened";
      counts.merge(outcome, 1, Integer::sum);
      counts.merge("expected", expected.test(label) ? 1 : 0, Integer::sum);
    }
    figures.publishEntry(group, counts.toString());
  }

  private static AvoidList avoiding(String entry, BorderlineNuts borderline) {
    var groups = AllergenGroups.standard(borderline);
    return AvoidList.of(List.of(entry), groups, INCI::canonical);
  }

  private static List<String> missed(AvoidList avoid, Predicate<Label> expected) {
    return CORPUS.stream()
        .filter(expected)
        .filter(label -> avoid.conflicts(INCI.split(label.text())).isEmpty())
        .map(Label::id)
        .toList();
  }

  /** Labels flagged that a reader did not find the group in, with what screening flagged. */
  private static Map<String, List<Conflict>> flaggedBeyondReading(
      AvoidList avoid, Predicate<Label> expected) {
    var flagged = new TreeMap<String, List<Conflict>>();
    for (Label label : CORPUS) {
      List<Conflict> conflicts = avoid.conflicts(INCI.split(label.text()));
      if (!expected.test(label) && !conflicts.isEmpty()) {
        flagged.put(label.id(), conflicts);
      }
    }
    return flagged;
  }
}
