package com.twofactor.bootstrap.boundary;

import com.twofactor.audit.boundary.Audited;
import com.twofactor.bootstrap.control.Seeding;
import com.twofactor.config.BootstrapConfig;
import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.users.entity.SystemUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates what a new installation needs, once: the default policy group, the built-in {@code
 * system} admin (its password from configuration, or generated and printed here once, never stored
 * in clear) and, on request, demo data, each on the audit trail once it is there. When another node
 * of a cluster wins the race to create something, this node leaves it be.
 */
@Singleton
@Startup
@DependsOn({"DatabaseSchema", "KeyCheck"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstStart {

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  /** The actor of what the server creates by itself: no login name looks like it. */
  static final String ACTOR = "first start";

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject Seeding seeding;
  @Inject BootstrapConfig config;
  @Inject Event<Audited> audit;

  @PostConstruct
  void bootstrap() {
    LOG.info(() -> "Data folder: " + config.dataFolder());
    if (attempt("the default policy group", seeding::createDefaultPolicyGroupIfMissing)) {
      audit.fire(
          Audited.success(
              ACTOR,
              "policy group " + PolicyGroup.DEFAULT_NAME,
              "POLICY_GROUP_CREATED",
              "default group"));
    }
    Optional<String> configured = config.adminPassword();
    String password = configured.orElseGet(() -> generatePassword(20));
    boolean created = attempt("the system admin", () -> seeding.createAdminIfMissing(password));
    if (created) {
      audit.fire(
          Audited.success(
              ACTOR, SystemUser.BUILT_IN_ADMIN, "SYSTEM_USER_CREATED", "role: ADMIN; built-in"));
      if (configured.isEmpty()) {
        announce("Built-in admin created. Log in as 'system' with password: " + password);
      }
    }
    if (config.demo()) {
      String demoPassword = generatePassword(12);
      if (attempt("demo data", () -> seeding.createDemoDataIfMissing(demoPassword))) {
        audit.fire(Audited.success(ACTOR, null, "DEMO_DATA_CREATED", null));
        announce("Demo data created. Demo accounts share the password: " + demoPassword);
      }
    }
  }

  private interface Step {
    boolean run();
  }

  private boolean attempt(String what, Step step) {
    try {
      return step.run();
    } catch (RuntimeException e) {
      // The database's unique keys let one of the nodes starting together win each step.
      LOG.info(() -> "Another node created " + what + " first");
      return false;
    }
  }

  /** Printed to the console once, at first start only; the password is not stored in clear. */
  @SuppressWarnings("java:S106")
  private static void announce(String message) {
    String rule = "=".repeat(message.length());
    System.out.println("\n" + rule + "\n" + message + "\n" + rule + "\n");
  }

  static String generatePassword(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
