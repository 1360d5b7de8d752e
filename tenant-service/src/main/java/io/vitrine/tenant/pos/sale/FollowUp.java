package io.vitrine.tenant.pos.sale;

import java.util.List;

/** What a stored sale sets off in another feature: one row of {@code sale_follow_ups} each. */
public enum FollowUp {
  /** The customer earns the sale's points. */
  LOYALTY,
  /** The post-purchase regimen message is drafted for approval, or the reason it is not. */
  POST_PURCHASE_MESSAGE,
  /** The sale is attributed to the AI feature that assisted it, if any. */
  ATTRIBUTION,
  /** The serials of serialized products sold are recorded as assets, or a task says one lacks. */
  SERIAL_CAPTURE;

  private static final List<FollowUp> OF_A_NEW_SALE = List.of(values());

  // A newer version changes the sale's lines, not the message drafted; it may earn more points,
  // add the accepted SKU (a sale already attributed keeps its attribution) or carry a serial the
  // associate added after the first version.
  private static final List<FollowUp> OF_A_NEWER_VERSION =
      List.of(LOYALTY, ATTRIBUTION, SERIAL_CAPTURE);

  /** What a sale that was applied asks for: a new sale, or a newer version of a known one. */
  public static List<FollowUp> of(boolean created) {
    return created ? OF_A_NEW_SALE : OF_A_NEWER_VERSION;
  }
}
