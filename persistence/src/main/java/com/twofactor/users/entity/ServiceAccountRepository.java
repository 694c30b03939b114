package com.twofactor.users.entity;

import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Queries on service accounts. */
@ApplicationScoped
public class ServiceAccountRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Page<ServiceAccount> page(PageRequest request) {
    var items =
        em.createQuery("SELECT s FROM ServiceAccount s ORDER BY s.loginName", ServiceAccount.class)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(s) FROM ServiceAccount s", Long.class).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  public void add(ServiceAccount account) {
    em.persist(account);
    em.flush();
  }
}
