package com.twofactor.login.api;

import com.twofactor.login.boundary.LoginChallenges;
import com.twofactor.login.boundary.LoginPairings;
import com.twofactor.login.boundary.SmsLogins;
import com.twofactor.shared.api.QueryParameters;
import com.twofactor.sms.control.SmsSent;
import com.twofactor.totp.api.CodeBody;
import com.twofactor.totp.api.PairingAnswer;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The second step of a login over HTTP: where it stands, and skipping the skippable setup prompt.
 * Whoever holds the challenge id got it from a login with the right password; an expired or used
 * challenge is 410.
 */
@Path("auth/challenges/{id}")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LoginChallengesResource {

  @Inject LoginChallenges challenges;
  @Inject LoginPairings pairings;
  @Inject SmsLogins smsLogins;

  @GET
  public LoginAnswer status(@PathParam("id") String id) {
    return LoginAnswer.of(challenges.status(id));
  }

  /** "Skip" on the setup prompt, with "Do not show this message again" or not. */
  @POST
  @Path("skip")
  public Response skip(@PathParam("id") String id, SkipBody body) {
    return LoginResource.answer(challenges.skip(id, body != null && body.doNotShowAgain()));
  }

  /** Answers a challenge with a code from a paired authenticator app. */
  @POST
  @Path("totp")
  public Response totp(@PathParam("id") String id, CodeBody body) {
    CodeBody code = QueryParameters.requiredBody(body);
    return LoginResource.answer(challenges.answerTotp(id, requiredCode(code)));
  }

  /** Answers a challenge with a recovery code instead of a device code; a code works once. */
  @POST
  @Path("recovery")
  public Response recovery(@PathParam("id") String id, CodeBody body) {
    CodeBody code = QueryParameters.requiredBody(body);
    if (code.code() == null || code.code().isBlank()) {
      throw QueryParameters.badRequest("Send one of your recovery codes");
    }
    return LoginResource.answer(challenges.answerRecoveryCode(id, code.code().strip()));
  }

  /** Setup step: a new authenticator app pairing (otpauth URI and QR code). */
  @POST
  @Path("pairing/totp")
  public Response beginPairing(@PathParam("id") String id) {
    return PairingAnswer.of(pairings.beginPairing(id), false);
  }

  /** Setup step: the first code from the app pairs it and finishes the login. */
  @POST
  @Path("pairing/totp/confirm")
  public Response confirmPairing(@PathParam("id") String id, CodeBody body) {
    CodeBody code = QueryParameters.requiredBody(body);
    return LoginResource.answer(pairings.confirmPairing(id, requiredCode(code), code.deviceName()));
  }

  /** The numbers this login may send an SMS passcode to, masked. */
  @GET
  @Path("sms")
  public List<SmsLogins.PhoneChoice> smsPhones(@PathParam("id") String id) {
    return smsLogins.phones(id);
  }

  /**
   * Sends an SMS passcode to the chosen number (again: "Resend passcode"); answers the masked
   * number, the prefix, the expiry and when a resend is allowed; 429 while it is not.
   */
  @POST
  @Path("sms")
  public SmsSent sendSms(@PathParam("id") String id, SmsBody body) {
    SmsBody sms = QueryParameters.requiredBody(body);
    if (sms.phoneId() == null) {
      throw QueryParameters.badRequest("Send the phoneId of the chosen number");
    }
    return smsLogins.send(id, sms.phoneId());
  }

  /** Setup step (SMS): adds a phone number to the account and sends it a passcode. */
  @POST
  @Path("pairing/sms")
  public SmsSent addPhone(@PathParam("id") String id, SmsBody body) {
    SmsBody sms = QueryParameters.requiredBody(body);
    return smsLogins.addPhone(id, sms.country(), sms.number());
  }

  /** The SMS passcode ({@code ABCD-123456}, or its digits) finishes the login. */
  @POST
  @Path("sms/verify")
  public Response verifySms(@PathParam("id") String id, SmsBody body) {
    SmsBody sms = QueryParameters.requiredBody(body);
    if (sms.passcode() == null || sms.passcode().isBlank()) {
      throw QueryParameters.badRequest("Send the passcode of the SMS");
    }
    return LoginResource.answer(smsLogins.verify(id, sms.passcode()));
  }

  /** {@code {"phoneId":51}}, {@code {"country":"HK","number":"…"}} or {@code {"passcode":"…"}}. */
  public record SmsBody(Long phoneId, String country, String number, String passcode) {}

  private static String requiredCode(CodeBody body) {
    if (body.code() == null || body.code().isBlank()) {
      throw QueryParameters.badRequest("Send the code your authenticator app shows");
    }
    return body.code().strip();
  }

  /** {@code {"doNotShowAgain":true}}. */
  public record SkipBody(boolean doNotShowAgain) {}
}
