package io.vitrine.bench.copilot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bench's questions and their relevance judgements ({@code copilot/questions.tsv}): each
 * question with the sections of the knowledge base that answer it, as {@code document#heading}.
 * Every third question (1st, 4th, 7th ...) is a validation question, on which the fusion weight and
 * the found-nothing threshold are chosen; the others are the test set, reported apart.
 */
record Judgements(List<Question> questions) {

  record Question(int number, String text, Set<String> relevant) {

    boolean validation() {
      return number % 3 == 1;
    }
  }

  static Judgements load() throws IOException {
    var questions = new ArrayList<Question>();
    for (String line : lines("/copilot/questions.tsv")) {
      String[] fields = line.split("\t");
      questions.add(
          new Question(
              questions.size() + 1,
              fields[0],
              new LinkedHashSet<>(List.of(fields[1].split("\\|")))));
    }
    return new Judgements(questions);
  }

  static List<String> unanswerable() throws IOException {
    return lines("/copilot/unanswerable.txt");
  }

  List<Question> validation() {
    return questions.stream().filter(Question::validation).toList();
  }

  List<Question> test() {
    return questions.stream().filter(question -> !question.validation()).toList();
  }

  static List<String> lines(String resource) throws IOException {
    try (InputStream in = Judgements.class.getResourceAsStream(resource);
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
  }
}
