package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in admin's break-glass: where the one-time reset token is written (the data folder, so
 * only someone with a shell on the server can write it) and how long after it was written it is
 * accepted.
 */
@ApplicationScoped
public class BreakGlassConfig {

  @Inject
  @ConfigProperty(name = "twofactor.break-glass.validity")
  Duration validity;

  @Inject Config config;

  public Duration validity() {
    return validity;
  }

  public Path dataFolder() {
    return DataFolder.resolve(config);
  }
}
