package com.twofactor.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * System test of the EAR on Payara Server Full: creates a fresh domain under {@code target/}, binds
 * every listener of it to 127.0.0.1, starts it, deploys {@code twofactor.ear} and logs in through
 * the API. The domain is always stopped afterwards (killed when stopping fails, and by a shutdown
 * hook should the test JVM be terminated).
 *
 * <p>System properties (set by the failsafe configuration of the ear module): {@code it.ear},
 * {@code it.payara.home}, {@code it.workDir}, {@code it.payara.portbase} (first port base tried)
 * and {@code it.db.url}: empty for the application's default file-based H2 database, or a
 * PostgreSQL URL such as {@code jdbc:postgresql://127.0.0.1:5432/test} (with {@code it.db.user},
 * {@code it.db.password}), in which case the test recreates the schema {@code twofactor_ear}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarOnPayaraServerIT {

  private static final String LOOPBACK = "127.0.0.1";
  private static final String DOMAIN = "twofactor-it";
  private static final String APPLICATION = "twofactor";
  private static final String ADMIN_PASSWORD = "Ear-IT-system-4711";
  private static final String H2_PASSWORD = "Ear-IT-h2-4711";
  private static final String PG_SCHEMA = "twofactor_ear";

  /** Ports create-domain derives from --portbase (debugger, IIOP, admin, Hazelcast, JMS, ...). */
  private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

  private static final Duration CREATE_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(600);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration UNDEPLOY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private Path payaraHome;
  private Path workDir;
  private Path domainsDir;
  private Path dataDir;
  private int portBase;
  private int adminPort;
  private int httpPort;
  private HttpClient http;
  private volatile Long serverPid;
  private Thread killOnExit;
  private boolean deployed;
  private boolean setUpCompleted;
  private int asadminCalls;
  private int failedTests;

  @RegisterExtension
  final TestWatcher failureCounter =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          failedTests++;
        }
      };

  @BeforeAll
  void startDomainAndDeploy() throws Exception {
    payaraHome = requiredPath("it.payara.home");
    Path ear = requiredPath("it.ear");
    assertThat(asadminExecutable()).as("asadmin of the unpacked Payara Server").isRegularFile();
    assertThat(ear).as("the EAR built by this module").isRegularFile();

    workDir = Path.of(System.getProperty("it.workDir", "target/it-payara-server")).toAbsolutePath();
    domainsDir = workDir.resolve("domains");
    dataDir = workDir.resolve("data");
    killLeftoverServer();
    deleteRecursively(workDir);
    Files.createDirectories(domainsDir);
    Files.createDirectories(dataDir);

    portBase = freePortBase(Integer.getInteger("it.payara.portbase", 28000));
    adminPort = portBase + 48;
    httpPort = portBase + 80;
    http =
        HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    log("Payara Server " + payaraHome + ", port base " + portBase + ", work dir " + workDir);

    List<String> jvmOptions = applicationJvmOptions();

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
    configureDomain(domainsDir.resolve(DOMAIN).resolve("config").resolve("domain.xml"), jvmOptions);

    killOnExit = new Thread(this::killServerQuietly, "kill-payara-it-domain");
    Runtime.getRuntime().addShutdownHook(killOnExit);

    t0 = System.nanoTime();
    try {
      asadmin(START_TIMEOUT, "start-domain", "--domaindir", domainsDir.toString(), DOMAIN);
    } finally {
      serverPid = readServerPid().orElse(null);
    }
    log("domain started in " + secondsSince(t0) + " (pid " + serverPid + ")");
    log("server RSS after start: " + rss());

    t0 = System.nanoTime();
    deployed = true; // undeploy is attempted even when deploy failed half-way
    remoteAsadmin(DEPLOY_TIMEOUT, "deploy", "--name", APPLICATION, "--force=true", ear.toString());
    log("EAR deployed in " + secondsSince(t0));

    t0 = System.nanoTime();
    awaitReady();
    log("ready (GET /health/ready = 200) " + secondsSince(t0) + " after deploy");
    log("server RSS with the application: " + rss());
    setUpCompleted = true;
  }

  @AfterAll
  void undeployAndStopDomain() throws Exception {
    if (payaraHome == null || domainsDir == null) {
      return;
    }
    try {
      if (deployed) {
        try {
          long t0 = System.nanoTime();
          remoteAsadmin(UNDEPLOY_TIMEOUT, "undeploy", APPLICATION);
          log("undeployed in " + secondsSince(t0));
        } catch (Exception e) {
          log("undeploy failed: " + e.getMessage());
        }
      }
      if (Files.exists(domainsDir.resolve(DOMAIN))) {
        long t0 = System.nanoTime();
        try {
          asadmin(STOP_TIMEOUT, "stop-domain", "--domaindir", domainsDir.toString(), DOMAIN);
          log("domain stopped in " + secondsSince(t0));
        } catch (Exception e) {
          log("stop-domain failed, killing the server: " + e.getMessage());
        }
      }
      if (!setUpCompleted || failedTests > 0) {
        printServerLogTail(150);
      }
      log("server log: " + serverLog());
    } finally {
      boolean killed = killServer();
      if (killOnExit != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
          // the hook runs anyway
        }
      }
      if (killed) {
        log("WARNING: the server had to be killed, stop-domain did not end it");
      }
      Long pid = serverPid;
      boolean alive =
          pid != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      assertThat(alive).as("Payara Server process %s must not survive the test", pid).isFalse();
    }
  }

  @Test
  void readinessIsUp() throws Exception {
    HttpResponse<String> response = get("/health/ready", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("UP");
  }

  @Test
  void systemLogsInThroughTheApiAndGetsAJwt() throws Exception {
    HttpResponse<String> response = login(ADMIN_PASSWORD);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject body = json(response.body()).asJsonObject();
    assertThat(body.getString("status")).isEqualTo("AUTHENTICATED");
    assertThat(body.getString("token")).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    assertThat(body.getJsonNumber("expiresIn").longValue()).isEqualTo(900L);
  }

  @Test
  void wrongPasswordIsRejectedWithProblemJson() throws Exception {
    HttpResponse<String> response = login(ADMIN_PASSWORD + "-wrong");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(response.body()).getValueType()).isEqualTo(JsonValue.ValueType.OBJECT);
    assertThat(response.body()).doesNotContain("token");
  }

  @Test
  void systemUsersListsTheSystemAdministrator() throws Exception {
    HttpResponse<String> loggedIn = login(ADMIN_PASSWORD);
    assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(200);
    String token = json(loggedIn.body()).asJsonObject().getString("token");

    HttpResponse<String> response = get("/api/v1/system-users", token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject page = json(response.body()).asJsonObject();
    assertThat(page.getInt("page")).isZero();
    assertThat(page.getInt("size")).isEqualTo(50);
    assertThat(page.getJsonNumber("total").longValue()).isPositive();
    JsonArray items = page.getJsonArray("items");
    assertThat(items)
        .map(JsonValue::asJsonObject)
        .filteredOn(user -> "system".equals(user.getString("loginName", null)))
        .singleElement()
        .satisfies(system -> assertThat(system.toString()).contains("\"ADMIN\""));
  }

  @Test
  void systemUsersNeedAToken() throws Exception {
    HttpResponse<String> response = get("/api/v1/system-users", null);

    assertThat(response.statusCode()).as(response.body()).isIn(401, 403);
  }

  /** Reads /proc/net/tcp{,6} (Linux only): every listener of the domain is on 127.0.0.1. */
  @Test
  void listenersAreBoundToLoopbackOnly() throws IOException {
    Path tcp4 = Path.of("/proc/net/tcp");
    Path tcp6 = Path.of("/proc/net/tcp6");
    if (!Files.isReadable(tcp4)) {
      log("no /proc/net/tcp, listener addresses not checked");
      return;
    }
    List<String> domainPorts = new ArrayList<>();
    for (int offset : PORT_OFFSETS) {
      domainPorts.add(String.format("%04X", portBase + offset));
    }
    Map<String, String> listeners = new LinkedHashMap<>();
    for (Path table : List.of(tcp4, tcp6)) {
      if (!Files.isReadable(table)) {
        continue;
      }
      List<String> lines = Files.readAllLines(table);
      for (String line : lines.subList(1, lines.size())) {
        String[] columns = line.trim().split("\\s+");
        String[] local = columns[1].split(":");
        if ("0A".equals(columns[3]) && domainPorts.contains(local[1])) {
          listeners.put(Integer.parseInt(local[1], 16) + " (" + table + ")", local[0]);
        }
      }
    }
    log("listeners of the domain: " + listeners);
    assertThat(listeners).isNotEmpty();
    assertThat(listeners.values())
        .allSatisfy(
            address -> assertThat(address).isIn("0100007F", "0000000000000000FFFF00000100007F"));
  }

  // --- domain set-up -----------------------------------------------------------------------

  /** The application's configuration, as system properties of the domain. */
  private List<String> applicationJvmOptions() throws Exception {
    List<String> options = new ArrayList<>();
    options.add("-Dtwofactor.data.dir=" + dataDir);
    options.add("-Dtwofactor.admin.password=" + ADMIN_PASSWORD);
    String dbUrl = System.getProperty("it.db.url", "").trim();
    if (dbUrl.isEmpty()) {
      // The application's default database, but spelled out: Payara Server expands the
      // ${MPCONFIG=...} of @DataSourceDefinition with the server's configuration (system
      // properties, environment), not with the application's microprofile-config.properties.
      String h2Url = "jdbc:h2:file:" + dataDir.resolve("twofactor") + ";DB_CLOSE_ON_EXIT=FALSE";
      log("database: " + h2Url);
      options.add("-Dtwofactor.db.url=" + h2Url);
      options.add("-Dtwofactor.db.user=sa");
      options.add("-Dtwofactor.db.password=" + H2_PASSWORD);
      return options;
    }
    assertThat(dbUrl).as("it.db.url").startsWith("jdbc:postgresql://");
    String user = System.getProperty("it.db.user", "postgres");
    String password = System.getProperty("it.db.password", "");
    try (Connection connection = DriverManager.getConnection(dbUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + PG_SCHEMA);
    }
    String appUrl = dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA;
    log("database: " + appUrl + " as " + user);
    options.add("-Dtwofactor.db.url=" + appUrl);
    options.add("-Dtwofactor.db.user=" + user);
    if (!password.isEmpty()) {
      options.add("-Dtwofactor.db.password=" + password);
    }
    return options;
  }

  /**
   * Edits domain.xml of the stopped domain: every listener of server-config (HTTP, HTTPS, admin,
   * IIOP, JMX, JMS) and the Hazelcast data grid bind to 127.0.0.1, and the JVM options are added.
   */
  private static void configureDomain(Path domainXml, List<String> jvmOptions) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(domainXml.toFile());
    Element domain = document.getDocumentElement();
    Element serverConfig = null;
    for (Element config : elements(domain, "config")) {
      if ("server-config".equals(config.getAttribute("name"))) {
        serverConfig = config;
      }
    }
    assertThat(serverConfig).as("server-config in " + domainXml).isNotNull();

    for (String listener : List.of("network-listener", "iiop-listener", "jmx-connector")) {
      List<Element> found = elements(serverConfig, listener);
      assertThat(found).as(listener + " in server-config").isNotEmpty();
      found.forEach(element -> element.setAttribute("address", LOOPBACK));
    }

    // The stricter setting: no default group-to-role mapping by the domain, the EAR brings its own
    // (META-INF/glassfish-application.xml).
    List<Element> securityServices = elements(serverConfig, "security-service");
    assertThat(securityServices).as("security-service in server-config").isNotEmpty();
    securityServices.forEach(
        service -> service.setAttribute("activate-default-principal-to-role-mapping", "false"));

    // The embedded JMS broker's (lazy) listener binds to the host of the default JMS host.
    List<Element> jmsServices = elements(serverConfig, "jms-service");
    if (jmsServices.isEmpty()) {
      Element jmsService = document.createElement("jms-service");
      jmsService.setAttribute("type", "EMBEDDED");
      jmsService.setAttribute("default-jms-host", "default_JMS_host");
      Element jmsHost = document.createElement("jms-host");
      jmsHost.setAttribute("name", "default_JMS_host");
      jmsHost.setAttribute("port", "${JMS_PROVIDER_PORT}");
      jmsService.appendChild(jmsHost);
      serverConfig.appendChild(jmsService);
    }
    elements(serverConfig, "jms-host").forEach(host -> host.setAttribute("host", LOOPBACK));

    List<Element> hazelcast = elements(domain, "hazelcast-runtime-configuration");
    Element grid;
    if (hazelcast.isEmpty()) {
      grid = document.createElement("hazelcast-runtime-configuration");
      domain.insertBefore(grid, domain.getFirstChild());
    } else {
      grid = hazelcast.get(0);
    }
    grid.setAttribute("interface", LOOPBACK);
    grid.setAttribute("das-bind-address", LOOPBACK);
    grid.setAttribute("das-public-address", LOOPBACK);

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
      Node node = nodes.item(i);
      result.add((Element) node);
    }
    return result;
  }

  /** The first port base from {@code first} on (in steps of 100) whose domain ports are free. */
  private static int freePortBase(int first) {
    for (int base = first; base < first + 3000; base += 100) {
      boolean free = true;
      for (int offset : PORT_OFFSETS) {
        free &= isFree(base + offset);
      }
      if (free) {
        return base;
      }
    }
    throw new IllegalStateException("No free port base from " + first + " on");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true); // TIME_WAIT is no obstacle, a listener is
      socket.bind(new InetSocketAddress(LOOPBACK, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  // --- asadmin -----------------------------------------------------------------------------

  private Path asadminExecutable() {
    boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    return payaraHome.resolve("bin").resolve(windows ? "asadmin.bat" : "asadmin");
  }

  private String remoteAsadmin(Duration timeout, String... command) throws Exception {
    List<String> arguments = new ArrayList<>(List.of("--host", LOOPBACK, "--port"));
    arguments.add(String.valueOf(adminPort));
    arguments.addAll(List.of(command));
    return asadmin(timeout, arguments.toArray(String[]::new));
  }

  /**
   * Runs asadmin non-interactively with the JDK of this JVM (AS_JAVA), no stdin and its output in a
   * file (start-domain leaves the server running: a pipe could be held open by it).
   */
  private String asadmin(Duration timeout, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(asadminExecutable().toString());
    command.add("--interactive=false");
    command.addAll(List.of(arguments));
    String subcommand =
        Stream.of(arguments)
            .filter(a -> a.matches("[a-z]+(-[a-z]+)+|deploy|undeploy"))
            .findFirst()
            .orElse("asadmin");
    Path output = workDir.resolve(String.format("asadmin-%02d-%s.log", ++asadminCalls, subcommand));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    Process process = builder.start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    String text = Files.exists(output) ? Files.readString(output) : "";
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException(
          "asadmin " + subcommand + " did not finish within " + timeout + ":\n" + text);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "asadmin " + subcommand + " failed (exit " + process.exitValue() + "):\n" + text);
    }
    return text;
  }

  // --- server process ----------------------------------------------------------------------

  private Optional<Long> readServerPid() {
    Path pidFile = domainsDir.resolve(DOMAIN).resolve("config").resolve("pid");
    try {
      return Files.isRegularFile(pidFile)
          ? Optional.of(Long.parseLong(Files.readString(pidFile).trim()))
          : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A server of an earlier, aborted run of this test (same domain folder) is killed first. */
  private void killLeftoverServer() {
    readServerPid()
        .flatMap(ProcessHandle::of)
        .filter(ProcessHandle::isAlive)
        .filter(
            process ->
                process
                    .info()
                    .commandLine()
                    .map(c -> c.contains(domainsDir.toString()))
                    .orElse(false))
        .ifPresent(
            process -> {
              log("killing the leftover server " + process.pid());
              process.destroyForcibly();
              process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
  }

  /** Kills the server if it still runs; true when it had to be killed. */
  private boolean killServer() {
    Long pid = serverPid != null ? serverPid : readServerPid().orElse(null);
    serverPid = pid;
    if (pid == null) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return false;
    }
    try {
      // stop-domain returns before the JVM has exited: give it a moment.
      process.get().onExit().get(30, TimeUnit.SECONDS);
      return false;
    } catch (Exception stillRunning) {
      log("killing the server " + pid);
      process.get().destroyForcibly();
      try {
        process.get().onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        log("the server " + pid + " did not exit after SIGKILL: " + e);
      }
      return true;
    }
  }

  private void killServerQuietly() {
    Long pid = serverPid != null ? serverPid : readServerPid().orElse(null);
    if (pid != null) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private String rss() {
    Long pid = serverPid;
    Path status = Path.of("/proc/" + pid + "/status");
    if (pid == null || !Files.isReadable(status)) {
      return "unknown";
    }
    try {
      return Files.readAllLines(status).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MiB")
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private Path serverLog() {
    return domainsDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
  }

  private void printServerLogTail(int lines) {
    try {
      List<String> all = Files.readAllLines(serverLog(), StandardCharsets.UTF_8);
      log("last " + lines + " lines of " + serverLog() + ":");
      all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
    } catch (IOException e) {
      log("no server log: " + e.getMessage());
    }
  }

  // --- HTTP --------------------------------------------------------------------------------

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String last = "no response";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = get("/health/ready", null);
        if (response.statusCode() == 200) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Not ready within " + READY_TIMEOUT + ", last: " + last);
  }

  private HttpResponse<String> login(String password) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("loginName", "system")
            .add("password", password)
            .add("client", Json.createObjectBuilder().add("type", "API").add("version", "10.1.0.0"))
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/v1/auth/login"))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String bearerToken) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json");
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://" + LOOPBACK + ":" + httpPort + path);
  }

  private static JsonValue json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  private static Path requiredPath(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("system property " + property).isNotBlank();
    return Path.of(value).toAbsolutePath();
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static String secondsSince(long startNanos) {
    return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  private static void log(String message) {
    System.out.println("[payara-server-it] " + message);
  }
}
