package io.vitrine.tenant.loyalty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tiers of a program in ascending order of threshold. */
public final class TierLadder {

  private final List<Tier> tiers;

  private TierLadder(List<Tier> tiers) {
    this.tiers = List.copyOf(tiers);
  }

  /**
   * Reads {@code name=threshold} entries.
   *
   * @throws IllegalArgumentException naming the bad entry when the ladder is not well formed
   */
  public static TierLadder parse(List<String> entries) {
    var tiers = new ArrayList<Tier>();
    for (String entry : entries) {
      tiers.add(tier(entry.trim()));
    }
    if (tiers.isEmpty() || tiers.get(0).threshold() != 0) {
      throw new IllegalArgumentException("vitrine.loyalty.tiers: the first tier must be at 0");
    }
    for (int i = 1; i < tiers.size(); i++) {
      if (tiers.get(i).threshold() <= tiers.get(i - 1).threshold()) {
        throw new IllegalArgumentException(
            "vitrine.loyalty.tiers: thresholds must increase, '"
                + tiers.get(i).name()
                + "' does not");
      }
    }
    return new TierLadder(tiers);
  }

  private static Tier tier(String entry) {
    int equals = entry.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException(
          "vitrine.loyalty.tiers: '" + entry + "' is not name=threshold");
    }
    try {
      long threshold = Long.parseLong(entry.substring(equals + 1).trim());
      return new Tier(entry.substring(0, equals).trim(), threshold);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "vitrine.loyalty.tiers: '" + entry + "' has no whole-number threshold", e);
    }
  }

  /** The highest tier whose threshold the points reach. */
  public Tier tierFor(long points) {
    Tier reached = tiers.get(0);
    for (Tier tier : tiers) {
      if (points >= tier.threshold()) {
        reached = tier;
      }
    }
    return reached;
  }

  /** The tier after the one the points reach, if any. */
  public Optional<Tier> nextAfter(long points) {
    return tiers.stream().filter(tier -> tier.threshold() > points).findFirst();
  }

  /** Whether {@code to} ranks above {@code from}; an unknown {@code from} ranks lowest. */
  public boolean isUpgrade(String from, Tier to) {
    int fromRank = rank(from);
    return tiers.indexOf(to) > fromRank;
  }

  private int rank(String name) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
