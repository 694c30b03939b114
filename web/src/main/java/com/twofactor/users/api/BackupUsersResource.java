package com.twofactor.users.api;

import static com.twofactor.shared.api.QueryParameters.DEFAULT_SIZE;

import com.twofactor.shared.api.QueryParameters;
import com.twofactor.shared.boundary.Roles;
import com.twofactor.shared.entity.Keyset;
import com.twofactor.shared.entity.PageRequest;
import com.twofactor.shared.entity.Slice;
import com.twofactor.users.boundary.BackupUserChanges;
import com.twofactor.users.boundary.BackupUserDetails;
import com.twofactor.users.boundary.BackupUsers;
import com.twofactor.users.boundary.BulkTwoFactorRequest;
import com.twofactor.users.boundary.BulkTwoFactorResult;
import com.twofactor.users.boundary.NewBackupUser;
import com.twofactor.users.entity.BackupUserFilter;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.TwoFactorState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Backup users: list with filters, read, create, change. */
@Path("backup-users")
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
public class BackupUsersResource {

  @Inject BackupUsers backupUsers;

  /**
   * A page by number ({@code page}), or, with {@code after}, by keyset: the users after that login
   * name ({@code after=} for the first page, which alone carries the total), with the cursor of the
   * next page in {@code next}. With {@code before}, the users before that login name ({@code
   * before=} for the last page, which carries the total too), with the cursor of the page before in
   * {@code previous}: a client steps back or jumps to the end without an offset.
   */
  @GET
  public Response list(
      @QueryParam("loginName") String loginName,
      @QueryParam("owner") String owner,
      @QueryParam("clientType") String clientType,
      @QueryParam("twoFactor") String twoFactor,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue(DEFAULT_SIZE) String size,
      @QueryParam("after") String after,
      @QueryParam("before") String before) {
    var filter =
        new BackupUserFilter(
            Optional.ofNullable(loginName),
            Optional.ofNullable(owner),
            QueryParameters.optionalEnum("clientType", clientType, ClientType.class),
            twoFactorState(twoFactor));
    PageRequest request = QueryParameters.page(page, size);
    if (after == null && before == null) {
      return Response.ok(backupUsers.list(filter, request)).build();
    }
    if (request.page() != 0) {
      throw QueryParameters.badRequest("Send page or a cursor (after, before), not both");
    }
    if (after != null && before != null) {
      throw QueryParameters.badRequest("Send after or before, not both");
    }
    Keyset keyset =
        after != null
            ? new Keyset(Keyset.Direction.AFTER, Optional.of(after), request.size())
            : new Keyset(Keyset.Direction.BEFORE, Optional.of(before), request.size());
    Slice<BackupUserDetails> slice = backupUsers.slice(filter, keyset, keyset.key().isEmpty());
    return Response.ok(slice).build();
  }

  /**
   * Enable / Disable Two-Factor Authentication for many users: {@code
   * {"loginNames":[…],"enabled":true}}.
   */
  @POST
  @Path("two-factor")
  public BulkTwoFactorResult changeTwoFactor(BulkTwoFactorRequest change) {
    return backupUsers.changeTwoFactor(QueryParameters.requiredBody(change));
  }

  /** {@code enabled}, {@code disabled} or {@code required} (enforced by the policy group). */
  private static Optional<TwoFactorState> twoFactorState(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "enabled" -> Optional.of(TwoFactorState.ENABLED);
      case "disabled" -> Optional.of(TwoFactorState.DISABLED);
      case "required" -> Optional.of(TwoFactorState.ENFORCED);
      default ->
          throw QueryParameters.badRequest("twoFactor must be one of enabled, disabled, required");
    };
  }

  @GET
  @Path("{loginName}")
  public BackupUserDetails get(@PathParam("loginName") String loginName) {
    return backupUsers.get(loginName);
  }

  @POST
  public Response create(NewBackupUser request, @Context UriInfo uri) {
    BackupUserDetails created = backupUsers.create(QueryParameters.requiredBody(request));
    return Response.created(uri.getAbsolutePathBuilder().path(created.loginName()).build())
        .entity(created)
        .build();
  }

  @PATCH
  @Path("{loginName}")
  public BackupUserDetails change(
      @PathParam("loginName") String loginName, BackupUserChanges changes) {
    return backupUsers.change(loginName, QueryParameters.requiredBody(changes));
  }
}
