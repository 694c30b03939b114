package com.twofactor.login.view;

import com.twofactor.login.boundary.LoginPairings;
import com.twofactor.login.boundary.LoginResult;
import com.twofactor.login.boundary.LoginResult.SecondStepNeeded;
import com.twofactor.shared.boundary.BusinessException;
import com.twofactor.shared.view.Messages;
import com.twofactor.totp.control.PairingOffer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Pairing an authenticator app during the setup step of a console login: the QR code and the key
 * for typing by hand, then the first code, which pairs the app and finishes the login; when the
 * account had no recovery codes, its new ones are shown once before the login goes on.
 */
@Named
@ViewScoped
public class LoginPairingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PendingLogin pending;
  @Inject LoginPairings pairings;
  @Inject ConsoleLoginCompletion session;
  @Inject FacesContext faces;
  @Inject Messages messages;

  private PairingOffer offer;
  private List<String> recoveryCodes = List.of();
  private String code;
  private String deviceName;

  public void begin() {
    pending
        .next()
        .ifPresent(
            next -> {
              try {
                offer = pairings.beginPairing(next.challengeId());
                noStore();
              } catch (BusinessException e) {
                messages.explain(e);
              }
            });
  }

  public void confirm() throws IOException {
    SecondStepNeeded next = pending.next().orElse(null);
    if (next == null || offer == null) {
      session.abandon();
      return;
    }
    try {
      LoginResult result = pairings.confirmPairing(next.challengeId(), code, deviceName);
      if (result instanceof LoginResult.Authenticated done && !done.recoveryCodes().isEmpty()) {
        recoveryCodes = done.recoveryCodes();
        noStore();
      } else if (result instanceof LoginResult.Authenticated) {
        session.start(next.challengeId());
      } else {
        messages.errorText(((LoginResult.Refused) result).explanation(Instant.now()));
      }
    } catch (BusinessException e) {
      messages.explain(e);
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

  private void noStore() {
    var response = (HttpServletResponse) faces.getExternalContext().getResponse();
    response.setHeader("Cache-Control", "no-store");
  }

  public boolean isOffered() {
    return offer != null;
  }

  public String getQrDataUri() {
    return offer == null
        ? ""
        : "data:image/png;base64," + Base64.getEncoder().encodeToString(offer.qrPng());
  }

  public String getManualEntryKey() {
    return offer == null ? "" : offer.manualEntryKey();
  }

  public String getAppName() {
    return offer == null ? "" : offer.appName();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDeviceName() {
    return deviceName;
  }

  public void setDeviceName(String deviceName) {
    this.deviceName = deviceName;
  }
}
