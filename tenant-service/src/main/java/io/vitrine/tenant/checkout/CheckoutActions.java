package io.vitrine.tenant.checkout;

/** The audit actions and target types of the checkout. */
public final class CheckoutActions {

  public static final String SUGGESTION = "checkout-suggestion";
  public static final String SCREENING = "checkout-screening";

  public static final String SHOWN = "checkout.suggestion.shown";
  public static final String ACCEPTED = "checkout.suggestion.accepted";
  public static final String REJECTED = "checkout.suggestion.rejected";
  public static final String SCREENED = "checkout.screening.screened";
  public static final String OVERRIDDEN = "checkout.screening.overridden";

  private CheckoutActions() {}
}
