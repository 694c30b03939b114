package com.twofactor.users.entity;

import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries on backup users, the largest table of the console. */
@ApplicationScoped
public class BackupUserRepository {

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Optional<BackupUser> findByLoginName(String loginName) {
    return em.createQuery("SELECT b FROM BackupUser b WHERE b.loginName = :name", BackupUser.class)
        .setParameter("name", loginName)
        .getResultStream()
        .findFirst();
  }

  public Page<BackupUser> page(BackupUserFilter filter, PageRequest request) {
    List<String> conditions = new ArrayList<>();
    filter.loginNameContains().ifPresent(n -> conditions.add("LOWER(b.loginName) LIKE :name"));
    filter.owner().ifPresent(o -> conditions.add("b.owner.loginName = :owner"));
    filter.clientType().ifPresent(c -> conditions.add("b.clientType = :clientType"));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

    TypedQuery<BackupUser> select =
        em.createQuery(
            "SELECT b FROM BackupUser b" + where + " ORDER BY b.loginName", BackupUser.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(b) FROM BackupUser b" + where, Long.class);
    for (TypedQuery<?> query : List.of(select, count)) {
      filter
          .loginNameContains()
          .ifPresent(n -> query.setParameter("name", "%" + likeEscaped(n) + "%"));
      filter.owner().ifPresent(o -> query.setParameter("owner", o));
      filter.clientType().ifPresent(c -> query.setParameter("clientType", c));
    }
    List<BackupUser> items =
        select.setFirstResult(request.firstResult()).setMaxResults(request.size()).getResultList();
    return new Page<>(items, request.page(), request.size(), count.getSingleResult());
  }

  public long countOwnedBy(SystemUser owner) {
    return em.createQuery("SELECT COUNT(b) FROM BackupUser b WHERE b.owner = :owner", Long.class)
        .setParameter("owner", owner)
        .getSingleResult();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(b) FROM BackupUser b", Long.class).getSingleResult();
  }

  public void add(BackupUser user) {
    em.persist(user);
  }

  private static String likeEscaped(String text) {
    return text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
  }
}
