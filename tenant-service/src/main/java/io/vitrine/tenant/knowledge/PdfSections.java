package io.vitrine.tenant.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** One section per page of a PDF with text, headed "page N"; PDFs seldom mark their headings. */
final class PdfSections {

  private PdfSections() {}

  static List<Section> of(byte[] pdf) throws IOException {
    var sections = new ArrayList<Section>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document).strip();
        if (!text.isEmpty()) {
          sections.add(new Section("page " + page, text));
        }
      }
    }
    return sections;
  }
}
