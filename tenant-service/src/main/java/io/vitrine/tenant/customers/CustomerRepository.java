package io.vitrine.tenant.customers;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CustomerRepository implements PanacheRepository<Customer> {

  public Uni<Customer> findByPseudonym(String pseudonym) {
    return find("pseudonym", pseudonym).firstResult();
  }
}
