package com.twofactor.users.entity;

import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Queries on system users. */
@ApplicationScoped
public class SystemUserRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Optional<SystemUser> findByLoginName(String loginName) {
    return em.createQuery("SELECT s FROM SystemUser s WHERE s.loginName = :name", SystemUser.class)
        .setParameter("name", loginName)
        .getResultStream()
        .findFirst();
  }

  public Page<SystemUser> page(PageRequest request) {
    var items =
        em.createQuery("SELECT s FROM SystemUser s ORDER BY s.loginName", SystemUser.class)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createQuery("SELECT COUNT(s) FROM SystemUser s", Long.class).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /**
   * Inserts at once: EclipseLink orders the inserts of sibling subclasses of {@link Account} by
   * class, not by the foreign key from a backup user to its owner.
   */
  public void add(SystemUser user) {
    em.persist(user);
    em.flush();
  }
}
