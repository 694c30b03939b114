package com.twofactor.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Has Arquillian run the in-container tests on {@link MicroContainer}. */
public class MicroContainerExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(
        DeployableContainer.class, PayaraMicroDeployableContainer.class, MicroContainer.class);
  }
}
