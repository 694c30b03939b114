package com.twofactor.push.control;

import com.twofactor.config.PushConfig;
import com.twofactor.push.entity.PushRequest;
import com.twofactor.push.entity.PushRequestRepository;
import com.twofactor.shared.boundary.ConflictingChangeException;
import com.twofactor.shared.boundary.TooManyRequestsException;
import com.twofactor.totp.entity.AuthenticatorDevice;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import com.twofactor.totp.entity.DeviceKind;
import com.twofactor.users.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Starts push approval requests: at most {@code twofactor.push.max-per-10min} per account in ten
 * minutes (the caller holds the account's row lock, so the count and the insert are one step across
 * nodes), a new number to match, earlier open requests of the same login superseded, and the
 * account's branded apps told once the transaction commits ({@link PushNotifier}).
 */
@ApplicationScoped
public class PushRequests {

  private static final Duration LIMIT_WINDOW = Duration.ofMinutes(10);

  @Inject PushRequestRepository requests;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject PushConfig config;
  @Inject Event<PushSent> sent;
  @Inject Clock clock;

  public PushRequest start(Account account, String challengeId, Instant loginExpiresAt) {
    Instant now = clock.instant();
    List<AuthenticatorDevice> apps = devices.pairedOf(account, DeviceKind.MOBILE_APP);
    if (apps.isEmpty()) {
      throw new ConflictingChangeException("No mobile app is paired with this account");
    }
    List<Instant> recent = requests.startedSince(account.id(), now.minus(LIMIT_WINDOW));
    if (recent.size() >= config.maxPerTenMinutes()) {
      Instant retryAt = recent.get(recent.size() - config.maxPerTenMinutes()).plus(LIMIT_WINDOW);
      throw new TooManyRequestsException(
          "Too many push requests for this account; wait, or use a code from the app", retryAt);
    }
    requests.supersedeOpenOf(challengeId);
    Instant expires = now.plus(config.ttl());
    if (expires.isAfter(loginExpiresAt)) {
      expires = loginExpiresAt;
    }
    var request =
        new PushRequest(
            Tokens.newId(), challengeId, account.id(), NumberMatch.newNumber(), now, expires);
    requests.add(request);
    sent.fire(new PushSent(request.id(), apps.stream().map(AuthenticatorDevice::id).toList()));
    return request;
  }
}
