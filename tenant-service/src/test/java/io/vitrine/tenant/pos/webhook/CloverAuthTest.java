package io.vitrine.tenant.pos.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CloverAuthTest {

  private final CloverAuth auth = new CloverAuth("static-auth-code");

  @Test
  void acceptsOnlyTheExactCode() {
    assertThat(auth.verify("static-auth-code")).isTrue();
    assertThat(auth.verify("static-auth-cod")).isFalse();
    assertThat(auth.verify("static-auth-code ")).isFalse();
    assertThat(auth.verify("")).isFalse();
    assertThat(auth.verify(null)).isFalse();
  }
}
