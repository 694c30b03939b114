package com.twofactor.settings.control;

import com.twofactor.settings.entity.SettingsRepository;
import com.twofactor.settings.entity.TwoFactorSettings;
import com.twofactor.shared.control.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The branded app's host registration as a channel: not configured without a host, up once its Test
 * passed, unknown until then (the app cannot be paired before a passed Test).
 */
@ApplicationScoped
public class HostRegistrationChannel implements Channel {

  @Inject SettingsRepository settings;

  @Override
  public String name() {
    return "hostRegistration";
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Report report() {
    TwoFactorSettings current = settings.twoFactor();
    if (current.host().isEmpty()) {
      return new Report(State.NOT_CONFIGURED, "no host registered");
    }
    return current
        .hostLastTestedAt()
        .map(tested -> new Report(State.UP, "Test passed at " + tested))
        .orElse(new Report(State.UNKNOWN, "registered, not tested since it was saved"));
  }
}
