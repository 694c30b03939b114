package com.twofactor.login.boundary;

import com.twofactor.users.entity.BackupUser;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The client a login comes from: its connection type and, for backup clients, its version. */
public record ClientContext(
    @NotNull ConnectionType type,
    @Pattern(
            regexp = BackupUser.CLIENT_VERSION_PATTERN,
            message = "a client version looks like 10.1.0.0")
        String version) {

  public static final ClientContext CONSOLE = new ClientContext(ConnectionType.CONSOLE, null);
}
