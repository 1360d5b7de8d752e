package io.vitrine.tenant.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptTest {

  private final PromptTemplate template = new PromptTemplate("regimen-draft", "1");

  @Test
  void theHashCoversBothMessagesInOrder() {
    var prompt = new Prompt(template, "You write care guides.", "Steps: Cleanse, Treat");

    assertThat(prompt.sha256())
        .hasSize(64)
        .isEqualTo(Prompt.sha256("You write care guides.", "Steps: Cleanse, Treat"))
        .isNotEqualTo(Prompt.sha256("Steps: Cleanse, Treat", "You write care guides."))
        .isNotEqualTo(Prompt.sha256("You write care guides.Steps:", " Cleanse, Treat"));
  }

  @Test
  void aPromptNeverPrintsItsText() {
    var prompt = new Prompt(template, "system text", "user text");

    assertThat(prompt.toString())
        .contains("regimen-draft@1")
        .doesNotContain("system text")
        .doesNotContain("user text");
  }

  @Test
  void sha256IsTheStandardOne() {
    assertThat(Sha256.hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
