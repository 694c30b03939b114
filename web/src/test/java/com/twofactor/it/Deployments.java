package com.twofactor.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Arquillian deployments made from the real built WAR, plus the test classes and {@link TestData}.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive builtWar(Class<?>... testClasses) {
    return ShrinkWrap.create(ZipImporter.class, "twofactor.war")
        .importFrom(new File(System.getProperty("it.war", "target/twofactor.war")))
        .as(WebArchive.class)
        .addClass(TestData.class)
        .addClasses(testClasses);
  }
}
