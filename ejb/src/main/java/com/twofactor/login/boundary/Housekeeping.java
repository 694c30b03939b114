package com.twofactor.login.boundary;

import com.twofactor.config.TwilioConfig;
import com.twofactor.login.control.SourceThrottle;
import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.push.entity.MobilePairingRepository;
import com.twofactor.push.entity.PushRequestRepository;
import com.twofactor.push.entity.UsedSignatureRepository;
import com.twofactor.sms.entity.SmsVerificationSentRepository;
import com.twofactor.totp.entity.AuthenticatorDeviceRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Forgets login challenges a day after they expired, pairings never finished and time steps used a
 * day ago (far outside any window), source addresses quiet for a day, and verification SMS a day
 * older than the per-account bound looks back, so the tables stay small. Every node of a cluster
 * may run it; deleting what another node already deleted does no harm.
 */
@Stateless
public class Housekeeping {

  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
  private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

  @Inject LoginChallengeRepository challenges;
  @Inject AuthenticatorDeviceRepository devices;
  @Inject SourceThrottle throttle;
  @Inject MobilePairingRepository mobilePairings;
  @Inject PushRequestRepository pushRequests;
  @Inject UsedSignatureRepository signatures;
  @Inject SmsVerificationSentRepository verificationSms;
  @Inject TwilioConfig twilio;

  @Inject Clock clock;

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void deleteLongExpired() {
    Instant cutoff = clock.instant().minus(KEPT_AFTER_EXPIRY);
    int deleted = challenges.deleteExpiredBefore(cutoff);
    int unfinished = devices.deleteUnfinishedBefore(cutoff);
    int steps = devices.deleteUsedStepsBefore(cutoff);
    int addresses = throttle.forgetQuietSince(cutoff);
    int mobile =
        mobilePairings.deleteExpiredBefore(cutoff)
            + pushRequests.deleteExpiredBefore(cutoff)
            + signatures.deleteUsedBefore(cutoff);
    int sms = verificationSms.deleteSentBefore(cutoff.minus(twilio.verificationSmsWindow()));
    if (deleted + unfinished + steps + addresses + mobile + sms > 0) {
      LOG.info(
          () ->
              "Deleted "
                  + deleted
                  + " expired login challenges, "
                  + unfinished
                  + " unfinished pairings, "
                  + steps
                  + " old used time steps, "
                  + addresses
                  + " quiet throttled addresses, "
                  + mobile
                  + " expired mobile app pairings, push requests and used signatures, "
                  + sms
                  + " old verification SMS records");
    }
  }
}
