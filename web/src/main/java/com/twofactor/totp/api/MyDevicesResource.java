package com.twofactor.totp.api;

import com.twofactor.push.api.MobilePairingAnswer;
import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.RecordNotFoundException;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.totp.boundary.AuthenticatorPairings;
import com.twofactor.totp.boundary.DeviceDetails;
import com.twofactor.totp.boundary.PairingDone;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** "My 2FA devices": the logged-in account lists, adds, renames and removes its devices. */
@Path("me/devices")
@RolesAllowed({
  Roles.ADMIN,
  Roles.SUB_ADMIN,
  Roles.READ_ONLY_ADMIN,
  Roles.API_USER,
  Roles.READ_ONLY_API_USER,
  Roles.BACKUP_USER
})
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MyDevicesResource {

  @Inject AuthenticatorPairings pairings;

  @GET
  public List<DeviceDetails> list() {
    return pairings.myDevices();
  }

  /**
   * Starts pairing another app: an authenticator app is confirmed with {@code POST {id}/confirm};
   * the branded mobile app pairs itself with the QR code, then {@code GET pairing/{pairingId}}
   * answers the device.
   */
  @POST
  @Path("pairing")
  public Response beginPairing() {
    var offer = pairings.beginMyPairing();
    return offer.isMobileApp() ? MobilePairingAnswer.of(offer) : PairingAnswer.of(offer, true);
  }

  /**
   * The branded app paired with an offer of {@code POST pairing}: the device (with {@code
   * recoveryCodes} when new ones were made), or 404 while it has not.
   */
  @GET
  @Path("pairing/{pairingId}")
  public Response mobilePairing(@PathParam("pairingId") String pairingId) {
    PairingDone done =
        pairings
            .myMobilePairing(pairingId)
            .orElseThrow(
                () -> new RecordNotFoundException("The app has not paired with this offer yet"));
    return confirmed(done);
  }

  /**
   * Pairs the device; the answer is the device, with {@code recoveryCodes} when the account had no
   * unused code left (a new set, shown once).
   */
  @POST
  @Path("{id}/confirm")
  public Response confirm(@PathParam("id") long id, CodeBody body) {
    CodeBody code = QueryParameters.requiredBody(body);
    return confirmed(pairings.confirmMyPairing(id, requiredCode(code), code.deviceName()));
  }

  private static Response confirmed(PairingDone done) {
    DeviceDetails device = done.device();
    return Response.ok(
            new Confirmed(
                device.id(),
                device.name(),
                device.kind(),
                device.app(),
                device.pairedAt(),
                device.lastUsedAt(),
                device.mobileBackup(),
                done.recoveryCodes().isEmpty() ? null : done.recoveryCodes()))
        .cacheControl(noStore())
        .build();
  }

  /** {@code {"name":"…"}}. */
  @PATCH
  @Path("{id}")
  public DeviceDetails rename(@PathParam("id") long id, Rename body) {
    return pairings.renameMyDevice(id, QueryParameters.requiredBody(body).name());
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    pairings.removeMyDevice(id);
    return Response.noContent().build();
  }

  /** A new device name. */
  public record Rename(String name) {}

  /** A device just paired, as the list shows it, and the recovery codes made with it, if any. */
  public record Confirmed(
      Long id,
      String name,
      String kind,
      String app,
      Instant pairedAt,
      Instant lastUsedAt,
      boolean mobileBackup,
      List<String> recoveryCodes) {

    @Override
    public String toString() {
      return "Confirmed[id=" + id + "]";
    }
  }

  private static CacheControl noStore() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return noStore;
  }

  private static String requiredCode(CodeBody body) {
    if (body.code() == null || body.code().isBlank()) {
      throw QueryParameters.badRequest("Send the code your authenticator app shows");
    }
    return body.code().strip();
  }
}
