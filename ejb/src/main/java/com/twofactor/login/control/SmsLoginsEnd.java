package com.twofactor.login.control;

import com.twofactor.login.entity.LoginChallengeRepository;
import com.twofactor.sms.entity.TwilioRetired;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * When Twilio is switched off for good, every open login that offers SMS ends and every SMS
 * passcode hash of a login is forgotten, in the transaction that switches it off.
 */
@ApplicationScoped
public class SmsLoginsEnd {

  private static final Logger LOG = Logger.getLogger(SmsLoginsEnd.class.getName());

  @Inject LoginChallengeRepository challenges;

  void onTwilioRetired(@Observes TwilioRetired retired) {
    int ended = challenges.revokeOpenWithSms();
    challenges.forgetSmsPasscodes();
    LOG.info(() -> "Twilio retired: " + ended + " open SMS login(s) ended");
  }
}
