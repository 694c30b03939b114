package com.twofactor.bootstrap.api;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The application's data source when the WAR runs on its own (Payara Micro), from MicroProfile
 * Config: {@code ${MPCONFIG=…}} is Payara's placeholder for a configuration value, so the defaults
 * of the config jar and any override (system property, environment variable) apply. A listener only
 * because a resource definition needs a component to sit on. The WAR for the EAR leaves this class
 * out: the EAR defines the same data source in its application.xml, for every server.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/twofactor",
    className = "${MPCONFIG=twofactor.db.class}",
    url = "${MPCONFIG=twofactor.db.url}",
    user = "${MPCONFIG=twofactor.db.user}",
    password = "${MPCONFIG=twofactor.db.password}",
    minPoolSize = 1,
    maxPoolSize = 32,
    // Payara's pool keeps each connection's prepared statements: H2 then parses a login's dozen
    // statements once per connection, not once per request (FIXED keeps the first 128 a
    // connection meets, which include the login's).
    properties = {"fish.payara.statement-cache-size=128", "fish.payara.statement-cache-type=FIXED"})
@WebListener
public class WarDataSource implements ServletContextListener {}
