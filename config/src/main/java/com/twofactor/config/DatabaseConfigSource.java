package com.twofactor.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives {@code twofactor.db.class}, the JDBC data source class, from {@code twofactor.db.url}, so
 * that pointing the application at another database is a matter of its URL, user and password
 * alone. An explicit {@code twofactor.db.class} in any other source wins (this one has the lowest
 * ordinal).
 */
public class DatabaseConfigSource implements ConfigSource {

  static final String CLASS_KEY = "twofactor.db.class";
  static final String URL_KEY = "twofactor.db.url";

  private static final Map<String, String> DATA_SOURCES_BY_URL_PREFIX =
      Map.of(
          "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource",
          "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource");

  private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(CLASS_KEY);
  }

  @Override
  public String getValue(String propertyName) {
    if (!CLASS_KEY.equals(propertyName) || RESOLVING.get()) {
      return null;
    }
    RESOLVING.set(true);
    try {
      return ConfigProvider.getConfig()
          .getOptionalValue(URL_KEY, String.class)
          .flatMap(DatabaseConfigSource::dataSourceClassFor)
          .orElse(null);
    } finally {
      RESOLVING.remove();
    }
  }

  /** The data source class for a JDBC URL of a database the application knows. */
  static Optional<String> dataSourceClassFor(String url) {
    return DATA_SOURCES_BY_URL_PREFIX.entrySet().stream()
        .filter(entry -> url.startsWith(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  @Override
  public int getOrdinal() {
    return 10;
  }

  @Override
  public String getName() {
    return "twofactor-database";
  }
}
