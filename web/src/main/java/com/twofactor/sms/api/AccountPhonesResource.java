package com.twofactor.sms.api;

import com.twofactor.shared.api.Problem;
import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.sms.boundary.AccountPhones;
import com.twofactor.sms.boundary.PhoneCheck;
import com.twofactor.sms.boundary.PhoneDetails;
import com.twofactor.sms.control.SmsSent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The phone numbers of an account for SMS authentication: list, add (201), send a passcode to
 * verify one ({@code POST …/{id}/verify} without a passcode), verify it with the passcode, remove.
 */
@Path("accounts/{loginName}/phones")
@RolesAllowed({
  Roles.ADMIN,
  Roles.SUB_ADMIN,
  Roles.READ_ONLY_ADMIN,
  Roles.API_USER,
  Roles.READ_ONLY_API_USER
})
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountPhonesResource {

  @Inject AccountPhones phones;

  @GET
  public List<PhoneDetails> list(@PathParam("loginName") String loginName) {
    return phones.phonesOf(loginName);
  }

  @POST
  public Response add(
      @PathParam("loginName") String loginName, TwilioSettingsResource.PhoneBody body) {
    TwilioSettingsResource.PhoneBody phone = QueryParameters.requiredBody(body);
    PhoneDetails added = phones.add(loginName, phone.country(), phone.number());
    return Response.created(URI.create(added.id().toString())).entity(added).build();
  }

  /**
   * Without a passcode: sends one to the number (200 with the masked number, prefix, expiry and
   * when a resend is allowed). With {@code {"passcode":"…"}}: checks it.
   */
  @POST
  @Path("{id}/verify")
  public Response verify(
      @PathParam("loginName") String loginName, @PathParam("id") Long id, VerifyBody body) {
    if (body == null || body.passcode() == null || body.passcode().isBlank()) {
      SmsSent sent = phones.sendPasscode(loginName, id);
      return Response.ok(sent).build();
    }
    return answer(phones.verify(loginName, id, body.passcode()));
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("loginName") String loginName, @PathParam("id") Long id) {
    phones.remove(loginName, id);
    return Response.noContent().build();
  }

  /** A verified number: 200; a wrong passcode: 401; an expired or void one: 410. */
  static Response answer(PhoneCheck check) {
    return switch (check.outcome()) {
      case VERIFIED -> Response.ok(TwilioSettingsResource.CheckAnswer.of(check)).build();
      case WRONG -> Problem.response(Status.UNAUTHORIZED, check.message());
      case EXPIRED, VOID -> Problem.response(Status.GONE, check.message());
    };
  }

  /** {@code {"passcode":"XYWD-581883"}}, or nothing to send one. */
  public record VerifyBody(String passcode) {}
}
