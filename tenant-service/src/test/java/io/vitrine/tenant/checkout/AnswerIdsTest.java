package io.vitrine.tenant.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerIdsTest {

  @Test
  void anIdAsAnAnswerGaveItIsItsUuid() {
    UUID id = UUID.randomUUID();

    assertThat(AnswerIds.parse(id.toString())).contains(id);
  }

  @Test
  void anythingElseNamesNoAnswer() {
    assertThat(AnswerIds.parse("not-a-uuid")).isEmpty();
    assertThat(AnswerIds.parse("1-2-3-4-5")).isEmpty();
    assertThat(AnswerIds.parse(UUID.randomUUID().toString().toUpperCase())).isEmpty();
    assertThat(AnswerIds.parse("")).isEmpty();
    assertThat(AnswerIds.parse(null)).isEmpty();
  }
}
