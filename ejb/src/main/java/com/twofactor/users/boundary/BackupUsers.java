package com.twofactor.users.boundary;

import static com.twofactor.shared.boundary.Roles.ADMIN;
import static com.twofactor.shared.boundary.Roles.API_USER;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_ADMIN;
import static com.twofactor.shared.boundary.Roles.READ_ONLY_API_USER;
import static com.twofactor.shared.boundary.Roles.SUB_ADMIN;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.audit.boundary.ChangeLog;
import com.twofactor.config.TwoFactorPolicyConfig;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.policy.entity.PolicyGroupRepository;
import com.twofactor.shared.boundary.Caller;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.InvalidChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.entity.Keyset;
import com.twofactor.shared.entity.Page;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.shared.entity.Slice;
import com.twofactor.sms.control.LegacyClients;
import com.twofactor.sms.entity.PhoneNumberRepository;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.totp.entity.PairedDevice;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserFilter;
import com.twofactor.users.entity.BackupUserRepository;
import com.twofactor.users.entity.Role;
import com.twofactor.users.entity.SystemUser;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Lists, creates and changes backup users. A sub-admin only ever meets the users it owns.
 *
 * <p>Longer than most boundaries: it is the one entry for everything an administrator does to
 * backup users (list, details, create, change, switch 2FA for many), and each of those is short;
 * the field-by-field audit is {@link ChangeLog}'s, the access rule {@link Caller}'s.
 */
@Stateless
@DeclareRoles({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
@RolesAllowed({ADMIN, SUB_ADMIN, READ_ONLY_ADMIN, API_USER, READ_ONLY_API_USER})
public class BackupUsers {

  @Resource SessionContext context;
  @Inject BackupUserRepository backupUsers;
  @Inject SystemUserRepository systemUsers;
  @Inject AccountRepository accounts;
  @Inject PolicyGroupRepository groups;
  @Inject PasswordHashing hashing;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject PhoneNumberRepository phones;
  @Inject TwoFactorPolicyConfig policyConfig;
  @Inject Event<Audited> audit;

  @Inject Clock clock;

  public Page<BackupUserDetails> list(@NotNull BackupUserFilter filter, @NotNull PageRequest page) {
    Page<BackupUser> found = backupUsers.page(forCaller(filter), page);
    return found.map(detailsOf(found.items()));
  }

  /**
   * One page of the list by offset, without the total: for a client that counted the list once per
   * filter already ({@link #count}) and reads a page no keyset reaches.
   */
  public List<BackupUserDetails> rows(@NotNull BackupUserFilter filter, @NotNull PageRequest page) {
    List<BackupUser> found = backupUsers.rows(forCaller(filter), page);
    return found.stream().map(detailsOf(found)).toList();
  }

  /**
   * The list by keyset: the users after login name {@code after} (from the start when empty), in
   * the list's order, fast at any depth; the total only with {@code withTotal} (once per filter).
   */
  public Slice<BackupUserDetails> slice(
      @NotNull BackupUserFilter filter,
      @NotNull Optional<String> after,
      int size,
      boolean withTotal) {
    Slice<BackupUser> found = backupUsers.slice(forCaller(filter), after, size, withTotal);
    return found.map(detailsOf(found.items()));
  }

  /**
   * The list by keyset, forwards or backwards: the users after or before a login name, or the first
   * or the last ones, so every move of a paginator is read off an index; the total only with {@code
   * withTotal}.
   */
  public Slice<BackupUserDetails> slice(
      @NotNull BackupUserFilter filter, @NotNull Keyset keyset, boolean withTotal) {
    Slice<BackupUser> found = backupUsers.slice(forCaller(filter), keyset, withTotal);
    return found.map(detailsOf(found.items()));
  }

  /** How many users the list holds with this filter: counted once per filter, not per page. */
  public long count(@NotNull BackupUserFilter filter) {
    return backupUsers.count(forCaller(filter));
  }

  /** The filter as the caller may use it: a sub-admin's list holds only its own users. */
  private BackupUserFilter forCaller(BackupUserFilter filter) {
    Caller caller = Caller.of(context);
    return caller.isSubAdmin() ? filter.ownedBy(caller.loginName()) : filter;
  }

  /** The details of listed users, their paired devices read in one query. */
  private Function<BackupUser, BackupUserDetails> detailsOf(List<BackupUser> users) {
    List<String> names = users.stream().map(BackupUser::loginName).toList();
    Map<String, List<PairedDevice>> paired = devices.pairedByLoginName(names);
    Set<String> withSms = Set.copyOf(phones.withVerifiedNumber(names));
    LegacyClients legacy = legacyClients();
    return user ->
        BackupUserDetails.of(
            user,
            paired.getOrDefault(user.loginName(), List.of()),
            legacy,
            withSms.contains(user.loginName()));
  }

  public BackupUserDetails get(@NotNull String loginName) {
    return details(visible(loginName));
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public BackupUserDetails create(@NotNull @Valid NewBackupUser request) {
    if (accounts.existsByLoginName(request.loginName())) {
      throw new ConflictingChangeException(
          "The login name " + request.loginName() + " is already taken");
    }
    PolicyGroup group =
        request.policyGroup() == null || request.policyGroup().isBlank()
            ? groups.findDefault().orElseThrow()
            : group(request.policyGroup());
    var user =
        new BackupUser(
            request.loginName(),
            hashing.hash(request.password().toCharArray()),
            request.type(),
            group,
            clock.instant());
    user.changeAlias(request.alias());
    user.assignOwner(ownerFor(request.owner()));
    if (request.twoFactorEnabled()) {
      user.enableTwoFactor();
    }
    backupUsers.add(user);
    audit.fire(
        Audited.success(
            Caller.of(context).loginName(),
            user.loginName(),
            "BACKUP_USER_CREATED",
            String.join(
                "; ",
                "type: " + user.type(),
                "policyGroup: " + user.policyGroup().name(),
                "owner: " + ownerName(user.owner()),
                "alias: " + user.alias().orElse(""),
                "twoFactorEnabled: " + user.isTwoFactorEnabled())));
    return BackupUserDetails.of(user, List.of(), legacyClients(), false);
  }

  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public BackupUserDetails change(@NotNull String loginName, @NotNull @Valid BackupUserChanges c) {
    BackupUser user = visible(loginName);
    ChangeLog changes = new ChangeLog();
    changes
        .apply("alias", user.alias().orElse(""), c.alias(), user::changeAlias)
        .apply("type", user.type(), c.type(), user::changeType)
        .apply(
            "policyGroup",
            user.policyGroup().name(),
            c.policyGroup(),
            name -> user.moveToPolicyGroup(group(name)));
    if (c.owner() != null) {
      SystemUser owner = ownerFor(c.owner());
      changes.compare("owner", ownerName(user.owner()), ownerName(owner));
      user.assignOwner(owner);
    }
    AccountChanges.apply(user, c.twoFactorEnabled(), c.password(), hashing, changes);
    changes
        .audited(Caller.of(context).loginName(), loginName, "BACKUP_USER_CHANGED")
        .ifPresent(audit::fire);
    return details(user);
  }

  /**
   * Enable / Disable Two-Factor Authentication for many users at once, as one set-based update. A
   * sub-admin changes only its own users; names it may not see count as not found.
   */
  @RolesAllowed({ADMIN, SUB_ADMIN, API_USER})
  public BulkTwoFactorResult changeTwoFactor(@NotNull @Valid BulkTwoFactorRequest change) {
    if (change.loginNames().size() > BulkTwoFactorRequest.MAX_USERS) {
      throw new InvalidChangeException(
          "At most "
              + BulkTwoFactorRequest.MAX_USERS
              + " login names can be changed at once; this change names "
              + change.loginNames().size()
              + ". Send them in parts.");
    }
    if (change.loginNames().stream().anyMatch(name -> name == null || name.isBlank())) {
      throw new InvalidChangeException("loginNames must not hold null or blank names");
    }
    List<String> names = change.loginNames().stream().distinct().toList();
    Caller caller = Caller.of(context);
    Optional<String> ownerName =
        caller.isSubAdmin() ? Optional.of(caller.loginName()) : Optional.empty();
    Optional<Long> ownerId =
        ownerName.map(name -> systemUsers.findByLoginName(name).orElseThrow().id());
    Set<String> existing = new HashSet<>(backupUsers.existingLoginNames(names, ownerName));
    List<String> notFound = names.stream().filter(name -> !existing.contains(name)).toList();
    int changed = backupUsers.setTwoFactorEnabled(names, change.enabled(), ownerId);
    // Every name, in the order asked: the detail is kept whole however many there are.
    List<String> found = names.stream().filter(existing::contains).toList();
    audit.fire(
        Audited.success(
            caller.loginName(),
            changed + " backup users",
            "TWO_FACTOR_BULK_CHANGED",
            new ChangeLog()
                    .compare("twoFactorEnabled", !change.enabled(), change.enabled())
                    .detail()
                    .orElseThrow()
                + " for "
                + found.size()
                + " backup users: "
                + String.join(", ", found)));
    return new BulkTwoFactorResult(names.size(), changed, notFound);
  }

  private BackupUserDetails details(BackupUser user) {
    return BackupUserDetails.of(
        user,
        devices
            .pairedByLoginName(List.of(user.loginName()))
            .getOrDefault(user.loginName(), List.of()),
        legacyClients(),
        phones.countVerified(user) > 0);
  }

  private LegacyClients legacyClients() {
    return LegacyClients.configured(policyConfig);
  }

  private static String ownerName(Optional<SystemUser> owner) {
    return owner.map(SystemUser::loginName).orElse("");
  }

  private static String ownerName(SystemUser owner) {
    return owner == null ? "" : owner.loginName();
  }

  /** The user, if the caller may see it; others' users do not exist for a sub-admin. */
  private BackupUser visible(String loginName) {
    Caller caller = Caller.of(context);
    return backupUsers
        .findByLoginName(loginName)
        .filter(caller::knows)
        .orElseThrow(() -> new RecordNotFoundException("No backup user " + loginName));
  }

  /**
   * The owner a change asks for. A sub-admin owns what it creates and cannot hand users to anybody
   * else; an admin may name any sub-admin, or nobody with an empty name.
   */
  private SystemUser ownerFor(String requested) {
    Caller caller = Caller.of(context);
    if (caller.isSubAdmin()) {
      if (requested != null
          && !requested.isBlank()
          && !Objects.equals(requested, caller.loginName())) {
        throw new ForbiddenChangeException("A sub-admin cannot give users to another owner");
      }
      return systemUsers.findByLoginName(caller.loginName()).orElseThrow();
    }
    if (requested == null || requested.isBlank()) {
      return null;
    }
    return systemUsers
        .findByLoginName(requested)
        .filter(owner -> owner.role() == Role.SUB_ADMIN)
        .orElseThrow(() -> new InvalidChangeException("No sub-admin " + requested));
  }

  private PolicyGroup group(String name) {
    return groups
        .findByName(name)
        .orElseThrow(() -> new InvalidChangeException("No policy group " + name));
  }
}
