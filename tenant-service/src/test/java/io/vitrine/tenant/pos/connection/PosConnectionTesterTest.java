package io.vitrine.tenant.pos.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.tenant.pos.connection.ConnectionCheck.Result;
import org.junit.jupiter.api.Test;

class PosConnectionTesterTest {

  @Test
  void refusedCredentialsAreUnauthorized() {
    assertThat(PosConnectionTester.classify(401)).isEqualTo(Result.UNAUTHORIZED);
    assertThat(PosConnectionTester.classify(403)).isEqualTo(Result.UNAUTHORIZED);
  }

  @Test
  void noAnswerThrottlingAndVendorFailuresAreUnreachable() {
    assertThat(PosConnectionTester.classify(0)).isEqualTo(Result.UNREACHABLE);
    assertThat(PosConnectionTester.classify(429)).isEqualTo(Result.UNREACHABLE);
    assertThat(PosConnectionTester.classify(503)).isEqualTo(Result.UNREACHABLE);
  }

  @Test
  void otherAnswersAreUnexpected() {
    assertThat(PosConnectionTester.classify(404)).isEqualTo(Result.UNEXPECTED);
  }
}
