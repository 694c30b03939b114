package com.twofactor.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A fresh Payara Server domain under {@code target/} for one test class: {@link #create} makes it
 * with {@code asadmin create-domain} on the first free port base, {@link #start} binds every
 * listener of it to 127.0.0.1, adds the JVM options and starts it, {@link #deploy} deploys an
 * archive, and {@link #close()} undeploys, stops the domain and kills its JVM when stopping does
 * not end it (as a shutdown hook does should the test JVM end first).
 */
final class PayaraServerDomain extends ServerHarness {

  private static final String DOMAIN = "twofactor-it";

  /** Ports create-domain derives from --portbase (debugger, IIOP, admin, Hazelcast, JMS, ...). */
  static final List<Integer> PORT_OFFSETS = List.of(9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86);

  private static final Duration CREATE_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(600);
  private static final Duration UNDEPLOY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);

  private final Path payaraHome;
  private final Path domainsDir;
  private final int portBase;
  private final List<String> deployed = new ArrayList<>();

  private PayaraServerDomain(Path payaraHome, Path workDir, int portBase) throws IOException {
    super("payara-server", workDir);
    this.payaraHome = payaraHome;
    this.domainsDir = workDir().resolve("domains");
    this.portBase = portBase;
  }

  /** Creates the domain (not started) in {@code workDir}, which is emptied first. */
  static PayaraServerDomain create(Path payaraHome, Path workDir, int firstPortBase)
      throws Exception {
    Path domainsDir = workDir.toAbsolutePath().resolve("domains");
    killLeftover(readPid(domainsDir), domainsDir.toString());
    PayaraServerDomain domain =
        new PayaraServerDomain(
            payaraHome, workDir, Loopback.freeBase(firstPortBase, 100, PORT_OFFSETS));
    try {
      domain.createDomain();
      return domain;
    } catch (Exception | AssertionError e) {
      domain.close();
      throw e;
    }
  }

  private void createDomain() throws Exception {
    assertThat(asadminExecutable()).as("asadmin of the unpacked Payara Server").isRegularFile();
    Files.createDirectories(domainsDir);
    log("Payara Server " + payaraHome + ", port base " + portBase + ", work dir " + workDir());
    long t0 = System.nanoTime();
    asadmin(
        CREATE_TIMEOUT,
        "create-domain",
        "--nopassword=true",
        "--portbase",
        String.valueOf(portBase),
        "--domaindir",
        domainsDir.toString(),
        DOMAIN);
    log("domain created in " + secondsSince(t0));
  }

  /** Binds the domain to 127.0.0.1, adds {@code jvmOptions} and starts it. */
  void start(List<String> jvmOptions) throws Exception {
    configureDomain(domainsDir.resolve(DOMAIN).resolve("config").resolve("domain.xml"), jvmOptions);
    long t0 = System.nanoTime();
    try {
      asadmin(START_TIMEOUT, "start-domain", "--domaindir", domainsDir.toString(), DOMAIN);
    } finally {
      readPid(domainsDir).ifPresent(this::watch);
    }
    log("domain started in " + secondsSince(t0) + " (pid " + pid().orElse(null) + ")");
    log("server RSS after start: " + rss());
  }

  /** Deploys an archive under {@code name}; close() undeploys it, even when this failed. */
  void deploy(Path archive, String name) throws Exception {
    assertThat(archive).as("the archive to deploy").isRegularFile();
    long t0 = System.nanoTime();
    deployed.add(name);
    remoteAsadmin(DEPLOY_TIMEOUT, "deploy", "--name", name, "--force=true", archive.toString());
    log(name + " deployed in " + secondsSince(t0));
  }

  int httpPort() {
    return portBase + 80;
  }

  int adminPort() {
    return portBase + 48;
  }

  @Override
  List<Integer> ports() {
    return PORT_OFFSETS.stream().map(offset -> portBase + offset).toList();
  }

  @Override
  Path serverLog() {
    return domainsDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
  }

  @Override
  void stopGracefully() {
    for (String name : deployed) {
      try {
        long t0 = System.nanoTime();
        remoteAsadmin(UNDEPLOY_TIMEOUT, "undeploy", name);
        log(name + " undeployed in " + secondsSince(t0));
      } catch (Exception e) {
        log("undeploy failed: " + e.getMessage());
      }
    }
    if (pid().isEmpty() && readPid(domainsDir).isEmpty()) {
      return;
    }
    try {
      long t0 = System.nanoTime();
      asadmin(STOP_TIMEOUT, "stop-domain", "--domaindir", domainsDir.toString(), DOMAIN);
      log("domain stopped in " + secondsSince(t0));
    } catch (Exception e) {
      log("stop-domain failed: " + e.getMessage());
    }
  }

  // --- domain.xml --------------------------------------------------------------------------

  /**
   * Edits domain.xml of the stopped domain: every listener of server-config (HTTP, HTTPS, admin,
   * IIOP, JMX, JMS) and the Hazelcast data grid bind to 127.0.0.1, the plain HTTP listener has
   * HTTP/2 off, and the JVM options are added.
   */
  private static void configureDomain(Path domainXml, List<String> jvmOptions) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(domainXml.toFile());
    Element domain = document.getDocumentElement();
    Element serverConfig =
        elements(domain, "config").stream()
            .filter(config -> "server-config".equals(config.getAttribute("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no server-config in " + domainXml));

    for (String listener : List.of("network-listener", "iiop-listener", "jmx-connector")) {
      List<Element> found = elements(serverConfig, listener);
      assertThat(found).as(listener + " in server-config").isNotEmpty();
      found.forEach(element -> element.setAttribute("address", Loopback.ADDRESS));
    }

    // HTTP/2 off on the plain listener clients reach, as README "Deploying the EAR" says.
    List<Element> plainListener =
        elements(serverConfig, "protocol").stream()
            .filter(protocol -> "http-listener-1".equals(protocol.getAttribute("name")))
            .toList();
    assertThat(plainListener).as("protocol http-listener-1 in server-config").hasSize(1);
    elements(plainListener.get(0), "http")
        .forEach(http -> http.setAttribute("http2-enabled", "false"));

    // The stricter setting: no default group-to-role mapping by the domain, the EAR brings its own
    // (META-INF/glassfish-application.xml).
    List<Element> securityServices = elements(serverConfig, "security-service");
    assertThat(securityServices).as("security-service in server-config").isNotEmpty();
    securityServices.forEach(
        service -> service.setAttribute("activate-default-principal-to-role-mapping", "false"));

    // The embedded JMS broker's (lazy) listener binds to the host of the default JMS host.
    if (elements(serverConfig, "jms-service").isEmpty()) {
      Element jmsService = document.createElement("jms-service");
      jmsService.setAttribute("type", "EMBEDDED");
      jmsService.setAttribute("default-jms-host", "default_JMS_host");
      Element jmsHost = document.createElement("jms-host");
      jmsHost.setAttribute("name", "default_JMS_host");
      jmsHost.setAttribute("port", "${JMS_PROVIDER_PORT}");
      jmsService.appendChild(jmsHost);
      serverConfig.appendChild(jmsService);
    }
    elements(serverConfig, "jms-host").forEach(host -> host.setAttribute("host", Loopback.ADDRESS));

    List<Element> hazelcast = elements(domain, "hazelcast-runtime-configuration");
    Element grid;
    if (hazelcast.isEmpty()) {
      grid = document.createElement("hazelcast-runtime-configuration");
      domain.insertBefore(grid, domain.getFirstChild());
    } else {
      grid = hazelcast.get(0);
    }
    grid.setAttribute("interface", Loopback.ADDRESS);
    grid.setAttribute("das-bind-address", Loopback.ADDRESS);
    grid.setAttribute("das-public-address", Loopback.ADDRESS);

    Element javaConfig = elements(serverConfig, "java-config").get(0);
    List<String> options = new ArrayList<>(jvmOptions);
    options.add("-Dhazelcast.socket.bind.any=false");
    options.add("-Dhazelcast.phone.home.enabled=false");
    for (String option : options) {
      Element jvmOption = document.createElement("jvm-options");
      jvmOption.setTextContent(option);
      javaConfig.appendChild(jvmOption);
    }

    var transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.transform(new DOMSource(document), new StreamResult(domainXml.toFile()));
  }

  private static List<Element> elements(Element parent, String tagName) {
    NodeList nodes = parent.getElementsByTagName(tagName);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  // --- asadmin -----------------------------------------------------------------------------

  private Path asadminExecutable() {
    boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    return payaraHome.resolve("bin").resolve(windows ? "asadmin.bat" : "asadmin");
  }

  private String remoteAsadmin(Duration timeout, String subcommand, String... arguments)
      throws Exception {
    List<String> all = new ArrayList<>(List.of("--host", Loopback.ADDRESS, "--port"));
    all.add(String.valueOf(adminPort()));
    all.add(subcommand);
    all.addAll(List.of(arguments));
    return asadmin(timeout, all.toArray(String[]::new));
  }

  /** Runs asadmin with the JDK of this JVM (AS_JAVA); the label is its subcommand. */
  private String asadmin(Duration timeout, String... arguments) throws Exception {
    List<String> command = commandOf(asadminExecutable(), "--interactive=false");
    command.addAll(List.of(arguments));
    String subcommand =
        List.of(arguments).stream()
            .filter(a -> a.matches("[a-z]+(-[a-z]+)+|deploy|undeploy"))
            .findFirst()
            .orElse("asadmin");
    return run(timeout, subcommand, command, Map.of("AS_JAVA", System.getProperty("java.home")));
  }

  private static Optional<Long> readPid(Path domainsDir) {
    Path pidFile = domainsDir.resolve(DOMAIN).resolve("config").resolve("pid");
    try {
      return Files.isRegularFile(pidFile)
          ? Optional.of(Long.parseLong(Files.readString(pidFile).trim()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
