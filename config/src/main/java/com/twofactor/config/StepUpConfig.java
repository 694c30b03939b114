package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a step-up proof (a fresh code, or the password) lets a session change its factors. */
@ApplicationScoped
public class StepUpConfig {

  @Inject
  @ConfigProperty(name = "twofactor.step-up.window")
  Duration window;

  public Duration window() {
    return window;
  }
}
