package com.twofactor.bootstrap.boundary;

import com.twofactor.policy.entity.PolicyGroup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Defines the application's data source from configuration and brings its schema up to date with
 * Flyway before anything else touches the database. Several nodes starting together are safe:
 * Flyway serialises migrations with a database lock.
 */
@DataSourceDefinition(
    name = DatabaseSchema.DATA_SOURCE,
    className = "${MPCONFIG=twofactor.db.class}",
    url = "${MPCONFIG=twofactor.db.url}",
    user = "${MPCONFIG=twofactor.db.user}",
    password = "${MPCONFIG=twofactor.db.password}",
    minPoolSize = 1,
    maxPoolSize = 32)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSchema {

  public static final String DATA_SOURCE = "java:app/jdbc/twofactor";

  private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(PolicyGroup.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }
}
