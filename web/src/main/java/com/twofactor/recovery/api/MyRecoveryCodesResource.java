package com.twofactor.recovery.api;

import com.twofactor.recovery.boundary.MyRecoveryCodes;
import com.twofactor.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * {@code POST /me/recovery-codes}: a new set of recovery codes for the logged-in account, shown
 * this once (never cached); the earlier codes stop working. Needs a fresh step-up of the token.
 */
@Path("me/recovery-codes")
@RolesAllowed({
  Roles.ADMIN,
  Roles.SUB_ADMIN,
  Roles.READ_ONLY_ADMIN,
  Roles.API_USER,
  Roles.READ_ONLY_API_USER,
  Roles.BACKUP_USER
})
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class MyRecoveryCodesResource {

  @Inject MyRecoveryCodes codes;

  @POST
  public Response regenerate() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return Response.ok(new NewCodes(codes.regenerate()))
        .cacheControl(noStore)
        .header("Pragma", "no-cache")
        .build();
  }

  /** The new codes. */
  public record NewCodes(List<String> recoveryCodes) {

    @Override
    public String toString() {
      return "NewCodes[" + recoveryCodes.size() + "]";
    }
  }
}
