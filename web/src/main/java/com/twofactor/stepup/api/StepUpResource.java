package com.twofactor.stepup.api;

import com.twofactor.login.api.LoginResource;
import com.twofactor.shared.api.Problem;
import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.stepup.boundary.StepUpResult;
import com.twofactor.stepup.boundary.StepUps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Step-up for the token in hand: {@code {"code":"123456"}} from a paired device, {@code
 * {"recoveryCode":"…"}}, or {@code {"password":"…"}} where nothing is paired. 204 when proven (this
 * token may then change factors for a few minutes), 401 when wrong, 423 when the account is locked.
 */
@Path("me/step-up")
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
public class StepUpResource {

  @Inject StepUps stepUps;

  @POST
  public Response prove(Proof body) {
    Proof proof = QueryParameters.requiredBody(body);
    StepUpResult result;
    if (present(proof.code())) {
      result = stepUps.proveWithCode(proof.code().strip());
    } else if (present(proof.recoveryCode())) {
      result = stepUps.proveWithRecoveryCode(proof.recoveryCode().strip());
    } else if (present(proof.password())) {
      result = stepUps.proveWithPassword(proof.password());
    } else {
      throw QueryParameters.badRequest("Send code, recoveryCode or password");
    }
    return switch (result.outcome()) {
      case PROVEN -> Response.noContent().build();
      case WRONG -> Problem.response(Status.UNAUTHORIZED, "Wrong code or password");
      case THROTTLED, LOCKED -> LoginResource.refusal(result.asLoginRefusal().orElseThrow());
    };
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** One of a device code, a recovery code or the password. */
  public record Proof(String code, String recoveryCode, String password) {

    @Override
    public String toString() {
      return "Proof[…]";
    }
  }
}
