package io.vitrine.tenant.knowledge;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits each section into passages of at most {@value #MAX_CHARS} characters (LangChain4j's
 * recursive splitter: paragraphs, then lines, sentences and words), so that a passage stays within
 * what the embedding model reads (256 word pieces) and is short enough to cite. A passage repeated
 * in the same document (a disclaimer on every page) is kept once.
 */
final class PassageSplitter {

  static final int MAX_CHARS = 700;
  static final int OVERLAP_CHARS = 80;

  private final DocumentSplitter splitter = DocumentSplitters.recursive(MAX_CHARS, OVERLAP_CHARS);

  List<Passage> split(DocumentKind kind, String title, List<Section> sections) {
    var passages = new ArrayList<Passage>();
    Set<String> seen = new HashSet<>();
    for (Section section : sections) {
      for (TextSegment segment : splitter.split(Document.from(section.text()))) {
        String text = segment.text().strip();
        if (text.isEmpty()) {
          continue;
        }
        Passage passage = Passage.of(passages.size() + 1, kind, title, section.heading(), text);
        if (seen.add(passage.sha256())) {
          passages.add(passage);
        }
      }
    }
    return passages;
  }
}
