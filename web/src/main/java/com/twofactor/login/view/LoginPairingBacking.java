package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginChallenges;
import com.twofactor.login.boundary.LoginPairings;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.view.Messages;
import com.twofactor.totp.view.PairingForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Pairing during the setup step of a console login. An authenticator app: the QR code and key, then
 * the first code, which pairs the app and finishes the login. The branded mobile app: its QR code,
 * and the page polls until the app has paired itself, which finishes the login. When the account
 * had no recovery codes, its new ones are shown once before the login goes on.
 */
@Named
@ViewScoped
public class LoginPairingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PendingLogin pending;
  @Inject LoginPairings pairings;
  @Inject LoginChallenges challenges;
  @Inject ConsoleLoginCompletion session;
  @Inject FacesContext faces;
  @Inject Messages messages;

  private PairingForm form;
  private List<String> recoveryCodes = List.of();

  public void begin() {
    pending
        .next()
        .ifPresent(
            next -> {
              try {
                form =
                    PairingForm.of(
                        isMobileApp()
                            ? pairings.beginMobilePairing(next.challengeId())
                            : pairings.beginPairing(next.challengeId()));
                noStore();
              } catch (BusinessException e) {
                messages.explain(e);
              }
            });
  }

  public void confirm() throws IOException {
    SecondStepNeeded next = pending.next().orElse(null);
    if (next == null || form == null) {
      session.abandon();
      return;
    }
    try {
      LoginResult result =
          pairings.confirmPairing(next.challengeId(), form.takeCode(), form.getDeviceName());
      if (result instanceof LoginResult.Authenticated done) {
        finish(next, done.recoveryCodes());
      } else {
        messages.errorText(((LoginResult.Refused) result).explanation(Instant.now()));
      }
    } catch (BusinessException e) {
      messages.explain(e);
    }
  }

  /** The page's poll while the branded app pairs: the login goes on once it has. */
  public void checkPaired() throws IOException {
    SecondStepNeeded next = pending.next().orElse(null);
    if (next == null) {
      session.abandon();
      return;
    }
    try {
      String status = challenges.status(next.challengeId()).status();
      if ("AUTHENTICATED".equals(status)) {
        form = null;
        finish(next, pairings.recoveryCodesAfterMobilePairing(next.challengeId()));
        PrimeFaces.current().ajax().update("secondStep");
      } else if (!status.startsWith("SETUP")) {
        session.abandon();
      }
    } catch (BusinessException e) {
      session.abandon();
    }
  }

  /** A new QR code once the last one expired. */
  public void renew() {
    begin();
  }

  private void finish(SecondStepNeeded next, List<String> codes) throws IOException {
    if (codes.isEmpty()) {
      session.start(next.challengeId());
    } else {
      recoveryCodes = codes;
      noStore();
    }
  }

  /** After the recovery codes were shown: the login ends as after any pairing. */
  public void proceed() throws IOException {
    SecondStepNeeded next = pending.next().orElse(null);
    recoveryCodes = List.of();
    if (next == null) {
      session.abandon();
      return;
    }
    session.start(next.challengeId());
  }

  /** The device is paired and the account's new recovery codes wait to be noted. */
  public boolean isPaired() {
    return !recoveryCodes.isEmpty();
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  /** The server's authenticator app is the branded mobile app, which pairs itself. */
  public boolean isMobileApp() {
    return pending
        .next()
        .map(next -> next.authenticatorApp() == AuthenticatorApp.BRANDED_MOBILE_APP)
        .orElse(false);
  }

  private void noStore() {
    var response = (HttpServletResponse) faces.getExternalContext().getResponse();
    response.setHeader("Cache-Control", "no-store");
  }

  public boolean isOffered() {
    return form != null;
  }

  public PairingForm getForm() {
    return form;
  }
}
