package com.twofactor.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the first start creates: the built-in admin's password and, optionally, demo data. */
@ApplicationScoped
public class BootstrapConfig {

  @Inject
  @ConfigProperty(name = "twofactor.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "twofactor.demo", defaultValue = "false")
  boolean demo;

  @Inject Config config;

  public Optional<String> adminPassword() {
    return adminPassword;
  }

  public boolean demo() {
    return demo;
  }

  public Path dataFolder() {
    return DataFolder.resolve(config);
  }
}
