package com.twofactor.totp.view;

import com.twofactor.recovery.boundary.MyRecoveryCodes;
import com.twofactor.shared.view.Messages;
import com.twofactor.stepup.view.StepUpBacking;
import com.twofactor.totp.boundary.AuthenticatorPairings;
import com.twofactor.totp.boundary.DeviceDetails;
import com.twofactor.totp.control.PairingOffer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "My 2FA devices": the logged-in account's paired devices; add, rename, remove; its recovery
 * codes. Adding, removing and new recovery codes go through the step-up dialog ({@link
 * StepUpBacking}).
 */
@Named
@ViewScoped
public class MyDevicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuthenticatorPairings pairings;
  @Inject MyRecoveryCodes recoveryCodes;
  @Inject StepUpBacking stepUp;
  @Inject Messages messages;

  private List<DeviceDetails> devices;
  private final Map<Long, String> names = new HashMap<>();
  private PairingOffer offer;
  private String code;
  private String deviceName;
  private long recoveryCodesLeft;
  private List<String> newRecoveryCodes = List.of();

  @PostConstruct
  void load() {
    devices = pairings.myDevices();
    names.clear();
    devices.forEach(device -> names.put(device.id(), device.name()));
    recoveryCodesLeft = recoveryCodes.unused();
  }

  public void beginPairing() {
    stepUp.guard(
        () -> {
          offer = pairings.beginMyPairing();
          noStore();
        });
  }

  public void confirmPairing() {
    String typed = code;
    code = null;
    stepUp.guard(
        () -> {
          var paired = pairings.confirmMyPairing(offer.deviceId(), typed, deviceName);
          offer = null;
          deviceName = null;
          showRecoveryCodes(paired.recoveryCodes());
          messages.info("myDevices.paired");
          load();
        });
  }

  /** A new set of recovery codes, shown this once. */
  public void regenerateRecoveryCodes() {
    stepUp.guard(
        () -> {
          showRecoveryCodes(recoveryCodes.regenerate());
          load();
        });
  }

  private void showRecoveryCodes(List<String> codes) {
    newRecoveryCodes = List.copyOf(codes);
    if (!codes.isEmpty()) {
      noStore();
    }
  }

  private static void noStore() {
    var response =
        (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    response.setHeader("Cache-Control", "no-store");
  }

  /** Hides the recovery codes once the user noted them. */
  public void recoveryCodesNoted() {
    newRecoveryCodes = List.of();
  }

  public void rename(DeviceDetails device) {
    messages
        .attempt(() -> pairings.renameMyDevice(device.id(), names.get(device.id())))
        .ifPresent(renamed -> messages.info("myDevices.renamed"));
    load();
  }

  public void remove(DeviceDetails device) {
    Long id = device.id();
    stepUp.guard(
        () -> {
          pairings.removeMyDevice(id);
          messages.info("myDevices.removed");
          load();
        });
  }

  public List<DeviceDetails> getDevices() {
    return devices;
  }

  public long getRecoveryCodesLeft() {
    return recoveryCodesLeft;
  }

  /** Recovery codes just made, shown once; empty otherwise. */
  public List<String> getNewRecoveryCodes() {
    return newRecoveryCodes;
  }

  /** The names being edited, by device id. */
  public Map<Long, String> getNames() {
    return names;
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
