package io.vitrine.tenant.it;

import io.vitrine.tenant.pos.SaleCompleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Subscribes to {@link SaleCompleted} as a checkout feature would, and keeps what it saw. */
@ApplicationScoped
public class SaleEventsRecorder {

  private final List<SaleCompleted> seen = new CopyOnWriteArrayList<>();

  void on(@ObservesAsync SaleCompleted sale) {
    seen.add(sale);
  }

  public List<SaleCompleted> of(String provider, String posSaleId) {
    return seen.stream()
        .filter(sale -> sale.provider().equals(provider) && sale.posSaleId().equals(posSaleId))
        .toList();
  }
}
