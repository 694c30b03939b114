package com.twofactor.it;

import static org.jboss.arquillian.protocol.servlet5.ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The Payara Micro managed container, which starts Micro once more when it read Micro's start-up
 * report before the report's list of deployed servlets had come.
 *
 * <p>The container (arquillian-payara-micro-managed 3.1, {@code
 * PayaraMicroDeployableContainer.deploy}) copies Micro's output every 200 ms, and as soon as a copy
 * holds the "Instance Configuration" report up to its {@code "Https Port(s)"} line it takes Micro
 * as started and reads the servlets from that copy. The report is one log record of about twenty
 * lines; its {@code "Deployed"} list comes after that line, and the output is read and copied a
 * line at a time (each line also printed to the test output). A copy taken between those lines
 * holds no list: the container then reports the deployment with no servlet and no error, and every
 * test of the class fails with "ArquillianServletRunnerEE9 not found. Could not determine
 * ContextRoot" although Micro deployed it. Such a start shows as a deployment without the test
 * runner servlet; it is stopped and done again, as the next test class would start Micro. A
 * deployment that lacks the runner for another reason still fails, after one more start.
 */
public class MicroContainer extends PayaraMicroDeployableContainer {

  private static final Logger LOG = Logger.getLogger(MicroContainer.class.getName());

  private static final int STARTS = 2;

  private static final long STOP_LIMIT_SECONDS = 60;

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    for (int start = 1; ; start++) {
      Set<ProcessHandle> before = children();
      ProtocolMetaData deployed = super.deploy(archive);
      if (deployed == null || hasTestRunner(deployed) || start == STARTS) {
        return deployed;
      }
      LOG.warning(
          "Payara Micro started, but its list of deployed servlets was not yet in the output read"
              + " (no "
              + ARQUILLIAN_SERVLET_NAME
              + "): starting it again");
      Optional<ProcessHandle> micro =
          children().stream().filter(p -> !before.contains(p)).findAny();
      undeploy(archive);
      if (micro.isPresent()) {
        awaitExit(micro.get());
      }
    }
  }

  private static boolean hasTestRunner(ProtocolMetaData deployed) {
    return deployed.getContexts(HTTPContext.class).stream()
        .anyMatch(context -> context.getServletByName(ARQUILLIAN_SERVLET_NAME) != null);
  }

  private static Set<ProcessHandle> children() {
    return ProcessHandle.current().children().collect(Collectors.toSet());
  }

  /** The next start uses the same port, root folder and database: the stopped one must be gone. */
  private static void awaitExit(ProcessHandle micro) throws DeploymentException {
    try {
      try {
        micro.onExit().get(STOP_LIMIT_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        micro.destroyForcibly();
        micro.onExit().get(STOP_LIMIT_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeploymentException("Interrupted while Payara Micro stopped", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new DeploymentException("Payara Micro did not stop", e);
    }
  }
}
