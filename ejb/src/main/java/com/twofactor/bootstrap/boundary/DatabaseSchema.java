package com.twofactor.bootstrap.boundary;

import com.twofactor.config.health.DatabaseReadiness;
import com.twofactor.policy.entity.PolicyGroup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema of the application's data source ({@value #DATA_SOURCE}) up to date with Flyway
 * before anything else touches the database. Several nodes starting together are safe: Flyway
 * serialises migrations with a database lock. The data source is defined by the WAR run on its own
 * ({@code bootstrap.api.WarDataSource}) or by the EAR's application.xml. Readiness reports the
 * database once its schema is current ({@link DatabaseReadiness}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSchema {

  public static final String DATA_SOURCE = "java:app/jdbc/twofactor";

  private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject @Readiness DatabaseReadiness readiness;

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
    readiness.schemaReady(dataSource);
  }
}
