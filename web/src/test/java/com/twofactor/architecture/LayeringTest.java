package com.twofactor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way: web (view, api) → ejb (boundary, control) → persistence (entity) →
 * config. A back edge fails the build.
 */
@AnalyzeClasses(packages = "com.twofactor", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule layersPointOneWay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("web")
          .definedBy("com.twofactor..view..", "com.twofactor..api..")
          .layer("ejb")
          .definedBy("com.twofactor..boundary..", "com.twofactor..control..")
          .layer("persistence")
          .definedBy("com.twofactor..entity..")
          .layer("config")
          .definedBy("com.twofactor.config..")
          .whereLayer("web")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("ejb")
          .mayOnlyBeAccessedByLayers("web")
          .whereLayer("persistence")
          .mayOnlyBeAccessedByLayers("web", "ejb")
          .whereLayer("config")
          .mayOnlyBeAccessedByLayers("web", "ejb", "persistence");

  @ArchTest
  static final ArchRule businessLayerKnowsNoWebTypes =
      noClasses()
          .that()
          .resideInAnyPackage("com.twofactor..boundary..", "com.twofactor..control..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..");

  /**
   * Controls are the plain rules and adapters under the boundaries: they use entities and each
   * other, never a feature's boundary, so no flow winds back up through the capabilities that call
   * them. Only the cross-cutting business exceptions and the request's origin ({@code
   * shared.boundary}) are theirs to use too.
   */
  @ArchTest
  static final ArchRule controlsKnowNoBoundary =
      noClasses()
          .that()
          .resideInAPackage("com.twofactor..control..")
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAPackage("com.twofactor..boundary..")
                  .and(
                      DescribedPredicate.not(
                          JavaClass.Predicates.resideInAPackage("com.twofactor.shared.boundary"))));

  /**
   * The login flow uses authenticator apps (their codes, pairing a device at login); the apps know
   * nothing of logins. The types both need live in entity packages below both.
   */
  @ArchTest
  static final ArchRule authenticatorAppsKnowNoLogin =
      noClasses()
          .that()
          .resideInAPackage("com.twofactor.totp..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.twofactor.login..");

  /**
   * A login walks one way: from its API and pages through the login feature into what it uses
   * (policy, users, authenticator apps, passwords, client facts), never back into the login. Only
   * step-up, a second proof for a session already open, reuses the login's checks.
   */
  @ArchTest
  static final ArchRule nothingALoginUsesCallsBackIntoIt =
      noClasses()
          .that()
          .resideOutsideOfPackages("com.twofactor.login..", "com.twofactor.stepup..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.twofactor.login..");

  @ArchTest
  static final ArchRule entitiesKnowNoBusinessLayer =
      noClasses()
          .that()
          .resideInAPackage("com.twofactor..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ejb..", "jakarta.faces..", "jakarta.ws.rs..");

  @ArchTest
  static final ArchRule codeUsesOnlyStandardServerApis =
      noClasses()
          .that()
          .resideInAPackage("com.twofactor..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "fish.payara..", "org.glassfish..", "org.jboss..", "org.eclipse.persistence..");
}
