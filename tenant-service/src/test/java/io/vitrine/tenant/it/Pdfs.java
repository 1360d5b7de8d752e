package io.vitrine.tenant.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A PDF with one line of text a page, as a word processor would export a short manual. */
final class Pdfs {

  private Pdfs() {}

  static byte[] of(String... pages) throws IOException {
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
}
