package io.vitrine.tenant.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationsTest {

  @Test
  void aWordingThatCitesOnlyGivenSourcesIsGrounded() {
    assertThat(Citations.grounded("Opened lipsticks can come back within 30 days [2].", 3))
        .isTrue();
    assertThat(Citations.grounded("See [1] and [3].", 3)).isTrue();
  }

  @Test
  void aWordingThatCitesNothingOrASourceNotGivenIsNot() {
    assertThat(Citations.grounded("Yes, you can return it.", 3)).isFalse();
    assertThat(Citations.grounded("As [4] says, yes.", 3)).isFalse();
    assertThat(Citations.grounded("As [0] says, yes.", 3)).isFalse();
    assertThat(Citations.grounded("  ", 3)).isFalse();
    assertThat(Citations.grounded(null, 3)).isFalse();
  }
}
