package com.twofactor.users.boundary;

import com.twofactor.users.entity.ServiceAccount;
import com.twofactor.users.entity.ServiceKind;
import java.io.Serializable;
import java.time.Instant;

/** A service account as admins see it; never the password. */
public record ServiceAccountDetails(
    String loginName, ServiceKind kind, String description, Instant createdAt)
    implements Serializable {

  static ServiceAccountDetails of(ServiceAccount account) {
    return new ServiceAccountDetails(
        account.loginName(),
        account.kind(),
        account.description().orElse(null),
        account.createdAt());
  }
}
