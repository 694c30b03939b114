package com.twofactor.users.view;

import com.twofactor.users.entity.BackupUserFilter;
import com.twofactor.users.entity.ClientType;
import com.twofactor.users.entity.TwoFactorState;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** The Backup User list's column filters, by column field, as the boundary's filter. */
final class ListFilters {

  static final String LOGIN_NAME = "loginName";
  static final String OWNER = "owner";
  static final String CLIENT_TYPE = "clientType";
  static final String TWO_FACTOR = "twoFactorState";

  private ListFilters() {}

  static BackupUserFilter of(Map<String, String> filters) {
    return new BackupUserFilter(
        Optional.ofNullable(filters.get(LOGIN_NAME)),
        Optional.ofNullable(filters.get(OWNER)),
        named(ClientType.values(), filters.get(CLIENT_TYPE)),
        named(TwoFactorState.values(), filters.get(TWO_FACTOR)));
  }

  private static <E extends Enum<E>> Optional<E> named(E[] values, String name) {
    return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst();
  }
}
