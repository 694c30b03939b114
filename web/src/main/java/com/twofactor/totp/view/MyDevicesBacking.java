package com.twofactor.totp.view;

import com.twofactor.shared.view.Messages;
import com.twofactor.totp.boundary.AuthenticatorPairings;
import com.twofactor.totp.boundary.DeviceView;
import com.twofactor.totp.control.PairingOffer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "My 2FA devices": the logged-in account's paired devices; add, rename, remove. */
@Named
@ViewScoped
public class MyDevicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuthenticatorPairings pairings;
  @Inject Messages messages;

  private List<DeviceView> devices;
  private final Map<Long, String> names = new HashMap<>();
  private PairingOffer offer;
  private String code;
  private String deviceName;

  @PostConstruct
  void load() {
    devices = pairings.myDevices();
    names.clear();
    devices.forEach(device -> names.put(device.id(), device.name()));
  }

  public void beginPairing() {
    messages.attempt(pairings::beginMyPairing).ifPresent(started -> offer = started);
  }

  public void confirmPairing() {
    messages
        .attempt(() -> pairings.confirmMyPairing(offer.deviceId(), code, deviceName))
        .ifPresent(
            paired -> {
              offer = null;
              deviceName = null;
              messages.info("myDevices.paired");
              load();
            });
    code = null;
  }

  public void rename(DeviceView device) {
    messages
        .attempt(() -> pairings.renameMyDevice(device.id(), names.get(device.id())))
        .ifPresent(renamed -> messages.info("myDevices.renamed"));
    load();
  }

  public void remove(DeviceView device) {
    messages
        .attempt(
            () -> {
              pairings.removeMyDevice(device.id());
              return device;
            })
        .ifPresent(removed -> messages.info("myDevices.removed"));
    load();
  }

  public List<DeviceView> getDevices() {
    return devices;
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
