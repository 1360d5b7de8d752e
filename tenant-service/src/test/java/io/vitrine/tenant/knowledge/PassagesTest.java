package io.vitrine.tenant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Sections of each format, passages, and what a replacement changes. */
class PassagesTest {

  private final PassageSplitter splitter = new PassageSplitter();

  @Test
  void markdownSectionsFollowItsHeadingsWithoutMarkup() {
    List<Section> sections =
        MarkdownSections.of(
            """
            # Leather care
            Wipe with a **dry**, soft cloth. See [our guide](https://example.com/guide).

            ## Water
            <!-- internal note -->
            Keep the strap away from `water` and perfume.
            """);

    assertThat(sections)
        .containsExactly(
            new Section("Leather care", "Wipe with a dry, soft cloth. See our guide."),
            new Section("Water", "Keep the strap away from water and perfume."));
  }

  @Test
  void htmlSectionsLeaveOutNavigationAndScripts() {
    List<Section> sections =
        HtmlSections.of(
            """
            <html><body><nav><a href="/">Home</a></nav>
            <h2>Returns</h2><p>Unopened items within 30 days.</p>
            <ul><li>Keep the receipt.</li></ul>
            <script>track()</script>
            <h2>Exchanges</h2><p>Any store exchanges a gift.</p>
            <footer>© Retailer</footer></body></html>
            """);

    assertThat(sections)
        .containsExactly(
            new Section("Returns", "Unopened items within 30 days.\nKeep the receipt."),
            new Section("Exchanges", "Any store exchanges a gift."));
  }

  @Test
  void aPdfIsOneSectionPerPageWithText() throws IOException {
    byte[] pdf = pdf("Service your watch every five years.", "Water resistance: 100 m.");

    List<Section> sections = PdfSections.of(pdf);

    assertThat(sections).extracting(Section::heading).containsExactly("page 1", "page 2");
    assertThat(sections.get(1).text()).isEqualTo("Water resistance: 100 m.");
  }

  @Test
  void longSectionsAreSplitAndRepeatsKeptOnce() {
    String paragraph = "Apply a thin layer of conditioner to the leather, then buff it. ".repeat(8);
    List<Section> sections =
        List.of(
            new Section("Care", paragraph + "\n\n" + paragraph.replace("thin", "thick")),
            new Section("Disclaimer", "Not for children."),
            new Section("Disclaimer", "Not for children."));

    List<Passage> passages = splitter.split(DocumentKind.CARE_GUIDE, "Strap care", sections);

    assertThat(passages).allSatisfy(p -> assertThat(p.text()).hasSizeLessThanOrEqualTo(700));
    assertThat(passages).hasSizeGreaterThan(2);
    assertThat(passages.stream().filter(p -> p.text().equals("Not for children."))).hasSize(1);
    assertThat(passages).extracting(Passage::position).doesNotHaveDuplicates();
  }

  @Test
  void aReplacementAddsOnlyChangedPassagesAndRemovesThoseThatWent() {
    List<Passage> before =
        splitter.split(
            DocumentKind.RETURN_POLICY,
            "Returns",
            List.of(
                new Section("Unopened", "Within 30 days."),
                new Section("Opened", "Within 14 days."),
                new Section("Sale items", "Final sale.")));
    List<Passage> after =
        splitter.split(
            DocumentKind.RETURN_POLICY,
            "Returns",
            List.of(
                new Section("Unopened", "Within 30 days."),
                new Section("Opened", "Within 21 days."),
                new Section("Gifts", "Exchange only.")));
    Set<String> stored = before.stream().map(Passage::sha256).collect(Collectors.toSet());

    PassageChanges changes = PassageChanges.between(stored, after);

    assertThat(changes.kept()).extracting(Passage::text).containsExactly("Within 30 days.");
    assertThat(changes.added())
        .extracting(Passage::text)
        .containsExactly("Within 21 days.", "Exchange only.");
    assertThat(changes.removed()).hasSize(2).doesNotContain(after.get(0).sha256());
  }

  @Test
  void aPassagesIdentityCoversItsDocumentTitleAndHeading() {
    Passage a = Passage.of(1, DocumentKind.WARRANTY, "Warranty", "Scope", "Two years.");
    Passage b = Passage.of(1, DocumentKind.WARRANTY, "Warranty 2026", "Scope", "Two years.");

    assertThat(a.sha256()).isNotEqualTo(b.sha256());
    assertThat(Passage.indexId(java.util.UUID.randomUUID(), a.sha256())).startsWith("kb#");
  }

  private static byte[] pdf(String... pages) throws IOException {
    try (var document = new PDDocument();
        var out = new ByteArrayOutputStream()) {
      var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pages) {
        var page = new PDPage();
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, 700);
          content.showText(text);
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
