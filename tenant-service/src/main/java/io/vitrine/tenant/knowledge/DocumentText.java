package io.vitrine.tenant.knowledge;

import static io.vitrine.tenant.common.problem.ProblemType.KNOWLEDGE_DOCUMENT_UNREADABLE;

import io.vitrine.tenant.common.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sections of an uploaded document's text, whatever its format. */
final class DocumentText {

  private DocumentText() {}

  static List<Section> sections(DocumentFormat format, byte[] content) {
    try {
      List<Section> sections =
          switch (format) {
            case MARKDOWN -> MarkdownSections.of(new String(content, StandardCharsets.UTF_8));
            case HTML -> HtmlSections.of(new String(content, StandardCharsets.UTF_8));
            case PDF -> PdfSections.of(content);
          };
      if (sections.isEmpty()) {
        throw Problem.of(KNOWLEDGE_DOCUMENT_UNREADABLE, "it has no text");
      }
      return sections;
    } catch (IOException e) {
      throw Problem.of(KNOWLEDGE_DOCUMENT_UNREADABLE, "it is not a readable PDF").causedBy(e);
    }
  }
}
