package io.vitrine.tenant.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.ModelDisabledException;
import java.net.ConnectException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class ModelFallbackTest {

  @Test
  void eachFailureHasItsReason() {
    assertThat(ModelFallback.reason(new TimeoutException("slow")))
        .isEqualTo(FallbackReason.MODEL_TIMEOUT);
    assertThat(
            ModelFallback.reason(new RuntimeException(new java.util.concurrent.TimeoutException())))
        .isEqualTo(FallbackReason.MODEL_TIMEOUT);
    assertThat(ModelFallback.reason(new CircuitBreakerOpenException("open")))
        .isEqualTo(FallbackReason.CIRCUIT_OPEN);
    assertThat(ModelFallback.reason(new RuntimeException(new ConnectException("refused"))))
        .isEqualTo(FallbackReason.MODEL_ERROR);
    assertThat(ModelFallback.reason(new ModelDisabledException("disabled")))
        .isEqualTo(FallbackReason.MODEL_ERROR);
  }

  @Test
  void anUnansweredResultCarriesNoTextAndItsReason() {
    var result = ModelFallback.unanswered(FallbackReason.CIRCUIT_OPEN);

    assertThat(result.content()).isNull();
    assertThat(((ModelFallback.Unanswered) result).reason()).isEqualTo(FallbackReason.CIRCUIT_OPEN);
  }
}
