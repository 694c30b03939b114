package com.twofactor.sms.api;

import com.twofactor.settings.boundary.SettingsAdministration;
import com.twofactor.settings.boundary.TwoFactorSettingsDetails;
import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.sms.boundary.PhoneCheck;
import com.twofactor.sms.boundary.TwilioAdministration;
import com.twofactor.sms.boundary.TwilioSettingsChanges;
import com.twofactor.sms.boundary.TwilioSettingsDetails;
import com.twofactor.sms.control.SmsSent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The Twilio settings of an upgraded install: read, modify (based on the {@code version} read),
 * Test, and switch off for good ({@code DELETE ?confirm=true}). A server without Twilio answers 409
 * saying why.
 */
@Path("settings/twilio")
@RolesAllowed({Roles.ADMIN, Roles.READ_ONLY_ADMIN, Roles.API_USER, Roles.READ_ONLY_API_USER})
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TwilioSettingsResource {

  @Inject TwilioAdministration twilio;
  @Inject SettingsAdministration settings;

  @GET
  public TwilioSettingsDetails get() {
    return twilio.current();
  }

  @PUT
  public TwilioSettingsDetails change(TwilioSettingsChanges change) {
    return twilio.change(QueryParameters.requiredBody(change));
  }

  /**
   * Switches Twilio off: deletes its settings, every phone number and every open SMS login for
   * good. Without {@code confirm=true} the answer is 400 with the warning to confirm.
   */
  @DELETE
  public TwoFactorSettingsDetails delete(@QueryParam("confirm") boolean confirm) {
    return settings.retireTwilio(confirm);
  }

  /** Sends a passcode to the number given, with the saved settings. */
  @POST
  @Path("test")
  public SmsSent test(PhoneBody body) {
    PhoneBody phone = QueryParameters.requiredBody(body);
    return twilio.test(required(phone.country(), "country"), required(phone.number(), "number"));
  }

  /** The passcode of the Test: 200 "Test completed successfully", else 401 or 410 saying why. */
  @POST
  @Path("test/verify")
  public Response verifyTest(PasscodeBody body) {
    PasscodeBody passcode = QueryParameters.requiredBody(body);
    if (passcode.phoneId() == null) {
      throw QueryParameters.badRequest("Send the phoneId the Test answered with");
    }
    return AccountPhonesResource.answer(
        twilio.verifyTest(passcode.phoneId(), required(passcode.passcode(), "passcode")));
  }

  static String required(String value, String name) {
    if (value == null || value.isBlank()) {
      throw QueryParameters.badRequest("Send the " + name);
    }
    return value.strip();
  }

  /** {@code {"country":"HK","number":"92153799"}}. */
  public record PhoneBody(String country, String number) {}

  /** {@code {"phoneId":51,"passcode":"XYWD-581883"}}. */
  public record PasscodeBody(Long phoneId, String passcode) {}

  /** Answer of a passcode check. */
  public record CheckAnswer(boolean verified, String outcome, String message, Object phone) {
    static CheckAnswer of(PhoneCheck check) {
      return new CheckAnswer(
          check.verified(), check.outcome().name(), check.message(), check.phone());
    }
  }
}
