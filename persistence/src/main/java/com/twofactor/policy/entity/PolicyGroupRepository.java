package com.twofactor.policy.entity;

import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries on policy groups. */
@ApplicationScoped
public class PolicyGroupRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Optional<PolicyGroup> findByName(String name) {
    return em.createQuery("SELECT g FROM PolicyGroup g WHERE g.name = :name", PolicyGroup.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  public Optional<PolicyGroup> findDefault() {
    return em.createQuery(
            "SELECT g FROM PolicyGroup g WHERE g.defaultGroup = TRUE", PolicyGroup.class)
        .getResultStream()
        .findFirst();
  }

  public List<PolicyGroup> all() {
    return em.createQuery("SELECT g FROM PolicyGroup g ORDER BY g.name", PolicyGroup.class)
        .getResultList();
  }

  public Page<PolicyGroup> page(PageRequest request) {
    var items =
        em.createQuery("SELECT g FROM PolicyGroup g ORDER BY g.name", PolicyGroup.class)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createQuery("SELECT COUNT(g) FROM PolicyGroup g", Long.class).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  public void add(PolicyGroup group) {
    em.persist(group);
  }
}
