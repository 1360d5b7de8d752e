package io.vitrine.tenant.checkout;

import java.time.Duration;

/** A safety check ran out of time: the till gets no answer rather than a partial one. */
public class CheckoutDeadlineExceededException extends RuntimeException {

  public CheckoutDeadlineExceededException(String endpoint, Duration budget) {
    super(
        "The "
            + endpoint
            + " check did not finish within its "
            + budget.toMillis()
            + " ms deadline, so no result is given: retry, or check the cart by hand.");
  }
}
