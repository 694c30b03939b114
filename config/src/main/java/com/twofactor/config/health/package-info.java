/**
 * The MicroProfile Health checks that need nothing but configuration and the data source: the
 * {@code node} liveness check, which names the instance that answered, and the {@code database}
 * readiness check. They live in this jar, not in the WAR, because this jar is where every server
 * looks: in {@code WEB-INF/lib} of the WAR on Payara Micro and in the {@code lib/} of the EAR on
 * Payara Server and WildFly. WildFly 37 reports only the health checks of an EAR's top-level bean
 * archives (its {@code lib/}): it does not see those of the WAR or of the EJB module inside the
 * EAR.
 */
package com.twofactor.config.health;
