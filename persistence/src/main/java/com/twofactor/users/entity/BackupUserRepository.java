package com.twofactor.users.entity;

import com.twofactor.shared.entity.Keyset;
import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.shared.entity.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries on backup users, the largest table of the console. */
@ApplicationScoped
public class BackupUserRepository {

  /** Names per statement of a bulk change: well under every driver's limit of parameters. */
  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "twofactor")
  EntityManager em;

  public Optional<BackupUser> findByLoginName(String loginName) {
    return em.createQuery("SELECT b FROM BackupUser b WHERE b.loginName = :name", BackupUser.class)
        .setParameter("name", loginName)
        .getResultStream()
        .findFirst();
  }

  public Page<BackupUser> page(BackupUserFilter filter, PageRequest request) {
    return new Page<>(rows(filter, request), request.page(), request.size(), count(filter));
  }

  /**
   * The users of one page by offset, without counting them all: for a caller that holds the total
   * already (counted once per filter).
   */
  public List<BackupUser> rows(BackupUserFilter filter, PageRequest request) {
    TypedQuery<BackupUser> select =
        em.createQuery(
            "SELECT b FROM BackupUser b" + where(conditions(filter)) + orderBy(filter, false),
            BackupUser.class);
    bind(select, filter);
    return select
        .setFirstResult(request.firstResult())
        .setMaxResults(request.size())
        .getResultList();
  }

  /**
   * Keyset paging: the first {@code size} users after login name {@code after} (from the start when
   * empty) in the list's order, read off the index however deep; the total only when asked, which a
   * client does once per filter (on its first page), not on every page.
   */
  public Slice<BackupUser> slice(
      BackupUserFilter filter, Optional<String> after, int size, boolean withTotal) {
    return slice(
        filter, after.map(name -> Keyset.after(name, size)).orElse(Keyset.first(size)), withTotal);
  }

  /**
   * Keyset paging both ways. Backwards (before a login name, or from the end) reads the list in
   * reverse order with the same limit and turns the rows round, so a previous or a last page costs
   * what a next one does instead of an offset over every user before it.
   */
  public Slice<BackupUser> slice(BackupUserFilter filter, Keyset keyset, boolean withTotal) {
    List<String> paged = new ArrayList<>(conditions(filter));
    keyset
        .key()
        .ifPresent(
            key -> paged.add(keyset.backwards() ? "b.loginName < :key" : "b.loginName > :key"));
    TypedQuery<BackupUser> select =
        em.createQuery(
            "SELECT b FROM BackupUser b" + where(paged) + orderBy(filter, keyset.backwards()),
            BackupUser.class);
    bind(select, filter);
    keyset.key().ifPresent(key -> select.setParameter("key", key));
    List<BackupUser> read = select.setMaxResults(keyset.size() + 1).getResultList();
    boolean more = read.size() > keyset.size();
    List<BackupUser> items = new ArrayList<>(read.subList(0, Math.min(keyset.size(), read.size())));
    Long total = withTotal ? count(filter) : null;
    if (!keyset.backwards()) {
      return new Slice<>(items, keyset.size(), total, more ? lastName(items) : null);
    }
    Collections.reverse(items);
    String previous = more ? items.get(0).loginName() : null;
    String next = keyset.key().isPresent() ? lastName(items) : null;
    return new Slice<>(items, keyset.size(), total, next, previous);
  }

  /** How many users the filter lets through, however many pages they fill. */
  public long count(BackupUserFilter filter) {
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(b) FROM BackupUser b" + where(conditions(filter)), Long.class);
    bind(count, filter);
    return count.getSingleResult();
  }

  private static String lastName(List<BackupUser> items) {
    return items.isEmpty() ? null : items.get(items.size() - 1).loginName();
  }

  private static List<String> conditions(BackupUserFilter filter) {
    List<String> conditions = new ArrayList<>();
    filter.loginNameContains().ifPresent(n -> conditions.add("LOWER(b.loginName) LIKE :name"));
    filter.owner().ifPresent(o -> conditions.add("b.owner.loginName = :owner"));
    filter.clientType().ifPresent(c -> conditions.add("b.clientType = :clientType"));
    filter.twoFactor().ifPresent(state -> conditions.add(twoFactorCondition(state)));
    return conditions;
  }

  private static String where(List<String> conditions) {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(TypedQuery<?> query, BackupUserFilter filter) {
    filter
        .loginNameContains()
        .ifPresent(n -> query.setParameter("name", "%" + likeEscaped(n) + "%"));
    filter.owner().ifPresent(o -> query.setParameter("owner", o));
    filter.clientType().ifPresent(c -> query.setParameter("clientType", c));
    filter.twoFactor().ifPresent(state -> bindTwoFactor(query, state));
  }

  /**
   * Login-name order, or its reverse for a page read backwards. With the 2FA flag fixed by the
   * filter, ordering by (flag, login name) is the same order and lets the database read it straight
   * off ix_account_two_factor_login_name instead of sorting every matching row (H2 does not infer
   * that on its own). H2 reads an index in its own order only, so the reverse order has indexes of
   * its own (V32); PostgreSQL walks either index backwards.
   */
  private static String orderBy(BackupUserFilter filter, boolean reverse) {
    boolean flagFixed =
        filter.twoFactor().map(state -> state != TwoFactorState.ENFORCED).orElse(false);
    String direction = reverse ? " DESC" : "";
    return flagFixed
        ? " ORDER BY b.twoFactorEnabled" + direction + ", b.loginName" + direction
        : " ORDER BY b.loginName" + direction;
  }

  /**
   * The 2FA state as a condition on indexed columns (account.two_factor_enabled, group flag). The
   * flags are parameters, not {@code TRUE}/{@code FALSE} literals: when EclipseLink writes a
   * statement without bind parameters it prints those literals as {@code 1}/{@code 0}, which H2 2.x
   * refuses to compare with a BOOLEAN column.
   */
  private static String twoFactorCondition(TwoFactorState state) {
    return state == TwoFactorState.ENFORCED
        ? "b.policyGroup.requireTwoFactor = :groupRequires"
        : "b.twoFactorEnabled = :accountFlag AND b.policyGroup.requireTwoFactor = :groupRequires";
  }

  private static void bindTwoFactor(TypedQuery<?> query, TwoFactorState state) {
    query.setParameter("groupRequires", state == TwoFactorState.ENFORCED);
    if (state != TwoFactorState.ENFORCED) {
      query.setParameter("accountFlag", state == TwoFactorState.ENABLED);
    }
  }

  /**
   * Switches 2FA on or off for the named backup users in set-based statements (one per chunk of
   * names), not entity by entity, so thousands of users take one round trip per chunk.
   *
   * @param owner when present, only users of this sub-admin are touched
   * @return how many users changed (those already in that state are left as they are)
   */
  public int setTwoFactorEnabled(List<String> loginNames, boolean enabled, Optional<Long> owner) {
    int changed = 0;
    for (List<String> chunk : chunks(loginNames)) {
      String sql =
          "UPDATE account SET two_factor_enabled = ?1, version = version + 1"
              + " WHERE two_factor_enabled <> ?2 AND login_name IN ("
              + placeholders(chunk.size(), 3)
              + ") AND id IN (SELECT id FROM backup_account"
              + (owner.isPresent() ? " WHERE owner_id = ?" + (chunk.size() + 3) : "")
              + ")";
      Query update = em.createNativeQuery(sql);
      update.setParameter(1, enabled);
      update.setParameter(2, enabled);
      for (int i = 0; i < chunk.size(); i++) {
        update.setParameter(i + 3, chunk.get(i));
      }
      owner.ifPresent(id -> update.setParameter(chunk.size() + 3, id));
      changed += update.executeUpdate();
    }
    return changed;
  }

  /** Which of these login names are backup users (of {@code owner}, when present). */
  public List<String> existingLoginNames(List<String> loginNames, Optional<String> owner) {
    List<String> found = new ArrayList<>();
    for (List<String> chunk : chunks(loginNames)) {
      TypedQuery<String> query =
          em.createQuery(
              "SELECT b.loginName FROM BackupUser b WHERE b.loginName IN :names"
                  + (owner.isPresent() ? " AND b.owner.loginName = :owner" : ""),
              String.class);
      query.setParameter("names", chunk);
      owner.ifPresent(o -> query.setParameter("owner", o));
      found.addAll(query.getResultList());
    }
    return found;
  }

  private static List<List<String>> chunks(List<String> names) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < names.size(); from += CHUNK) {
      chunks.add(names.subList(from, Math.min(names.size(), from + CHUNK)));
    }
    return chunks;
  }

  /** {@code ?3,?4,…} numbered placeholders for a native query, starting at {@code first}. */
  private static String placeholders(int count, int first) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : ",").append('?').append(first + i);
    }
    return text.toString();
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

  /**
   * The text in lower case with LIKE's wildcards and its escape character escaped, so every
   * character matches only itself. The escape character is the backslash, the default of H2 and
   * PostgreSQL: an {@code ESCAPE} clause would make EclipseLink write the whole statement without
   * bind parameters on H2, and its boolean literals as {@code 1}, which H2 refuses.
   */
  static String likeEscaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '\\' || c == '%' || c == '_') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
