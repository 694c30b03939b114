package com.twofactor.config.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the schema is up to date and while the database answers: DOWN until the migration at
 * start hands over the data source ({@link #schemaReady}), then UP when a connection is valid.
 *
 * <p>The data source comes from the application, not from a lookup of this bean: WildFly calls
 * health checks on a thread of its management interface, where {@code java:app} names do not
 * resolve.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private volatile DataSource dataSource;

  /** The schema of {@code migrated} is up to date: from now on, readiness asks that database. */
  public void schemaReady(DataSource migrated) {
    dataSource = migrated;
  }

  @Override
  public HealthCheckResponse call() {
    DataSource current = dataSource;
    if (current == null) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("schema", "not migrated yet")
          .build();
    }
    try (Connection connection = current.getConnection()) {
      return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database").down().build();
    }
  }
}
