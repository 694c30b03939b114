package com.twofactor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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
