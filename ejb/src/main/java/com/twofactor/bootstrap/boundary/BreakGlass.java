package com.twofactor.bootstrap.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.bootstrap.control.BreakGlassToken;
import com.twofactor.config.BreakGlassConfig;
import com.twofactor.passwords.control.PasswordHashing;
import com.twofactor.settings.control.SystemUserAccess;
import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.shared.boundary.ForbiddenChangeException;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.RequestOrigin;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.users.entity.AccountRepository;
import com.twofactor.users.entity.SystemUser;
import com.twofactor.users.entity.SystemUserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Gets the built-in {@code system} admin back in when nobody can log in any more, for whoever has a
 * shell on the server but not the database: a one-time token written into the data folder ({@link
 * BreakGlassToken}) buys one reset of {@code system} — a new password, its devices removed, any
 * lock lifted, and "Require 2FA for system users" switched off when the authenticator app cannot be
 * paired — audited as {@value #BREAK_GLASS} with the source address. Every attempt uses up the
 * token, right or wrong, so it cannot be guessed; the server log says why one was refused.
 */
@Stateless
@PermitAll
public class BreakGlass {

  public static final String BREAK_GLASS = "BREAK_GLASS";

  private static final Logger LOG = Logger.getLogger(BreakGlass.class.getName());
  private static final String ACTOR = "break-glass";

  @Inject BreakGlassConfig config;
  @Inject SystemUserRepository systemUsers;
  @Inject AccountRepository accounts;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject PasswordHashing hashing;
  @Inject SettingsRepository settings;
  @Inject RequestOrigin origin;
  @Inject Event<Audited> audit;

  @Inject Clock clock;

  public BreakGlassReset resetBuiltInAdmin(@NotNull @Valid BreakGlassRequest request) {
    String source = origin.sourceAddress().orElse(null);
    BreakGlassToken.Outcome outcome =
        BreakGlassToken.redeem(
            config.dataFolder(), request.token(), clock.instant(), config.validity());
    if (outcome != BreakGlassToken.Outcome.ACCEPTED) {
      LOG.warning(() -> "Break-glass refused (" + explain(outcome) + ") from " + source);
      audit.fire(
          Audited.failure(ACTOR, SystemUser.BUILT_IN_ADMIN, BREAK_GLASS, explain(outcome))
              .from(source));
      throw new ForbiddenChangeException(
          "No valid break-glass token: it is missing, expired, already used or wrong, and every"
              + " attempt uses it up. Write a new one on the server (./run.sh break-glass) and send"
              + " it within "
              + config.validity().toMinutes()
              + " minutes.");
    }
    SystemUser admin =
        systemUsers
            .findByLoginName(SystemUser.BUILT_IN_ADMIN)
            .orElseThrow(() -> new RecordNotFoundException("There is no built-in admin"));
    admin.changePassword(hashing.hash(request.newPassword().toCharArray()));
    int removed = devices.removeAllOf(admin);
    accounts.resetFailures(admin.id());
    String detail =
        "password reset; "
            + removed
            + " device(s) removed; lock lifted"
            + (unstrandSystemUsers() ? "; requireForSystemUsers: true -> false" : "");
    LOG.warning(() -> "Break-glass: the built-in admin was reset from " + source);
    audit.fire(Audited.success(ACTOR, admin.loginName(), BREAK_GLASS, detail).from(source));
    return new BreakGlassReset(admin.loginName(), removed);
  }

  /**
   * Settings saved before they were guarded may still require system users to pair an app nobody
   * can pair: then {@code system} would be stuck at the setup step even with its new password, so
   * the requirement is lifted.
   *
   * @return whether it was
   */
  private boolean unstrandSystemUsers() {
    TwoFactorSettings current = settings.twoFactor();
    boolean stranding =
        current.mobileAuthentication()
            && current.requireForSystemUsers()
            && !SystemUserAccess.pairable(
                current.authenticatorApp(), current.hostLastTestedAt().isPresent());
    if (stranding) {
      current.stopRequiringSystemUsers();
    }
    return stranding;
  }

  private static String explain(BreakGlassToken.Outcome outcome) {
    return switch (outcome) {
      case MISSING -> "no token file in the data folder";
      case EXPIRED -> "the token file is too old";
      case WRONG -> "wrong token; the token file is used up";
      case UNSAFE ->
          "the token file was readable by others or held too short a token; it is deleted";
      case UNREADABLE -> "the token file could not be read by the server";
      case ACCEPTED -> "accepted";
    };
  }
}
