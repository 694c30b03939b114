package com.twofactor.bootstrap.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A break-glass reset of the built-in admin: the token written into the server's data folder and
 * the admin's new password, held to the rules of every system user's password. Neither is ever
 * logged.
 *
 * @param token what {@code ./run.sh break-glass} printed
 */
public record BreakGlassRequest(
    @NotNull @Size(min = 1, max = 256) String token,
    @NotNull @Size(min = 8, max = 128) String newPassword) {

  @Override
  public String toString() {
    return "BreakGlassRequest[]";
  }
}
