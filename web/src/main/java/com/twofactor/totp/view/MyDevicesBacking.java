package com.twofactor.totp.view;

import com.twofactor.recovery.boundary.MyRecoveryCodes;
import com.twofactor.shared.view.Messages;
import com.twofactor.stepup.view.StepUpBacking;
import com.twofactor.totp.boundary.AuthenticatorPairings;
import com.twofactor.totp.boundary.DeviceDetails;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

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
  private PairingForm form;
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
          form = PairingForm.of(pairings.beginMyPairing());
          noStore();
        });
  }

  public void confirmPairing() {
    String typed = form.takeCode();
    String name = form.getDeviceName();
    Long deviceId = form.getDeviceId();
    stepUp.guard(
        () -> {
          var paired = pairings.confirmMyPairing(deviceId, typed, name);
          form = null;
          showRecoveryCodes(paired.recoveryCodes());
          messages.info("myDevices.paired");
          load();
        });
  }

  /**
   * The page's poll while the branded app pairs with the QR code: once it has, the device is in the
   * list and the whole form shows it.
   */
  public void checkMobilePairing() {
    if (form == null || !form.isMobileApp()) {
      return;
    }
    messages
        .attempt(() -> pairings.myMobilePairing(form.getPairingId()))
        .flatMap(done -> done)
        .ifPresent(
            paired -> {
              form = null;
              showRecoveryCodes(paired.recoveryCodes());
              messages.info("myDevices.paired");
              load();
              PrimeFaces.current().ajax().update("devices");
            });
  }

  /** A new QR code once the last one expired. */
  public void renewPairing() {
    form = null;
    beginPairing();
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
    return form != null;
  }

  public PairingForm getForm() {
    return form;
  }
}
