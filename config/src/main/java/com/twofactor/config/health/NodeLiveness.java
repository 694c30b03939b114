package com.twofactor.config.health;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Names the node that answered, so that behind a load balancer {@code GET /health} shows which
 * instance is which: {@code twofactor.node.name} when set, else the server's own instance name
 * (Payara's {@code com.sun.aas.instanceName}, WildFly's {@code jboss.node.name}), else the host
 * name; with the host name and the process id.
 */
@Liveness
@ApplicationScoped
public class NodeLiveness implements HealthCheck {

  /** System properties in which servers name their instance, in the order they are consulted. */
  private static final String[] INSTANCE_NAME_PROPERTIES = {
    "com.sun.aas.instanceName", "jboss.node.name"
  };

  @Inject
  @ConfigProperty(name = "twofactor.node.name")
  Optional<String> configuredName;

  private String name;
  private String host;
  private final long pid = ProcessHandle.current().pid();

  @PostConstruct
  void identify() {
    host = hostName();
    name =
        configuredName
            .filter(value -> !value.isBlank())
            .or(
                () ->
                    Stream.of(INSTANCE_NAME_PROPERTIES)
                        .map(System::getProperty)
                        .filter(value -> value != null && !value.isBlank())
                        .findFirst())
            .orElse(host);
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("node")
        .up()
        .withData("name", name)
        .withData("host", host)
        .withData("pid", pid)
        .build();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
