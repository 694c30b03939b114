package com.twofactor.login.api;

import com.twofactor.login.boundary.DeviceRequest;
import com.twofactor.login.boundary.LoginResult.Reason;
import com.twofactor.login.boundary.MobileLogins;
import com.twofactor.login.boundary.MobilePairingResult;
import com.twofactor.login.boundary.NewMobileDevice;
import com.twofactor.login.boundary.PushRequestDetails;
import com.twofactor.shared.api.Problem;
import com.twofactor.shared.api.QueryParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * The branded mobile app's API. {@code pair} carries the one-time token of a QR code; every other
 * request is signed with the app's key: {@code X-Device-Id}, {@code X-Timestamp} (seconds since the
 * epoch) and {@code X-Signature}, base64 ECDSA P-256 with SHA-256 over {@code METHOD \n PATH \n
 * TIMESTAMP \n hex(SHA-256(body))}. A refused signature is 401.
 */
@Path("mobile")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class MobileResource {

  @Inject MobileLogins logins;
  @Context HttpServletRequest http;

  /** The app pairs itself with the token of a QR code: its device id and TOTP secret, once. */
  @POST
  @Path("pair")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response pair(NewMobileDevice device) {
    MobilePairingResult paired = logins.pair(QueryParameters.requiredBody(device));
    return Response.ok(paired)
        .cacheControl(LoginResource.noStore())
        .header("Pragma", "no-cache")
        .build();
  }

  /** The logins of the app's account waiting for a decision. */
  @GET
  @Path("challenges")
  public List<PushRequestDetails> pending(
      @HeaderParam("X-Device-Id") String deviceId,
      @HeaderParam("X-Timestamp") String timestamp,
      @HeaderParam("X-Signature") String signature) {
    return logins.pending(signed(deviceId, timestamp, signature, new byte[0]));
  }

  /** {@code {"decision":"APPROVE|DENY","numberMatch":"42"}}. */
  @POST
  @Path("challenges/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(
      @PathParam("id") String requestId,
      @HeaderParam("X-Device-Id") String deviceId,
      @HeaderParam("X-Timestamp") String timestamp,
      @HeaderParam("X-Signature") String signature,
      byte[] body) {
    byte[] bytes = body == null ? new byte[0] : body;
    JsonObject json;
    try (var reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw QueryParameters.badRequest(
          "Send {\"decision\":\"APPROVE\",\"numberMatch\":\"42\"} or {\"decision\":\"DENY\"}");
    }
    String decision = json.getString("decision", "").toUpperCase(Locale.ROOT);
    if (!decision.equals("APPROVE") && !decision.equals("DENY")) {
      throw QueryParameters.badRequest("The decision is APPROVE or DENY");
    }
    var refused =
        logins.decide(
            signed(deviceId, timestamp, signature, bytes),
            requestId,
            decision.equals("APPROVE"),
            json.getString("numberMatch", null));
    if (refused.isEmpty()) {
      return Response.ok(
              Json.createObjectBuilder()
                  .add("result", decision.equals("APPROVE") ? "APPROVED" : "DENIED")
                  .build()
                  .toString())
          .build();
    }
    if (refused.get().reason() == Reason.WRONG_CODE) {
      return Problem.response(
          Response.Status.UNAUTHORIZED,
          "Wrong number: this login request is over; the login page can send a new one");
    }
    return LoginResource.answer(refused.get());
  }

  private DeviceRequest signed(String deviceId, String timestamp, String signature, byte[] body) {
    return new DeviceRequest(
        deviceId, timestamp, signature, http.getMethod(), http.getRequestURI(), body);
  }
}
