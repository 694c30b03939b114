package com.twofactor.shared.api;

import com.twofactor.shared.control.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Lists every {@link Channel} with its state in {@code /health/ready}, and stays UP whatever they
 * say: a node that cannot reach the push relay or Twilio still serves logins, so a load balancer
 * must not take it out. Operators read the states; the dashboard shows them too. It needs the
 * channels of the EJB module, so it lives in the WAR, where WildFly's health endpoint does not see
 * it (see {@code com.twofactor.config.health}).
 */
@Readiness
@ApplicationScoped
public class ChannelsReadiness implements HealthCheck {

  @Inject @Any Instance<Channel> channels;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("channels").up();
    for (Channel channel : channels) {
      Channel.Report report;
      try {
        report = channel.report();
      } catch (RuntimeException e) {
        report =
            new Channel.Report(
                Channel.State.UNKNOWN, "cannot tell: " + e.getClass().getSimpleName());
      }
      response.withData(channel.name(), report.state() + ": " + report.detail());
    }
    return response.build();
  }
}
