package com.twofactor.mobileapp;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Plays the provider's branded mobile app: pairs with the server from a pairing QR code (an EC
 * P-256 key pair made here, the public half sent), then lists and answers push requests with
 * requests signed by the private key, and computes the app's own TOTP codes. Its state — server,
 * device id, private key, TOTP secret — can be saved to a file only its owner may read.
 *
 * <p>Over 250 lines on purpose: the whole client side of the protocol is one object, which the
 * command line and the system tests use alike.
 */
public final class MobileApp {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String server;
  private final String deviceId;
  private final PrivateKey privateKey;
  private final Totp totp;
  private final HttpClient client;

  private MobileApp(String server, String deviceId, PrivateKey privateKey, Totp totp) {
    this.server = server;
    this.deviceId = deviceId;
    this.privateKey = privateKey;
    this.totp = totp;
    this.client = httpClient();
  }

  /** An HTTP answer, with its body read as JSON where it is JSON. */
  public record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray jsonArray() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** A login waiting for the app: the numbers to choose from, one of them on the login page. */
  public record Pending(
      String requestId,
      String loginName,
      String client,
      String sourceAddress,
      Instant expiresAt,
      List<String> numberChoices) {}

  /** A signed request, kept whole so that a test can send it again (a replay). */
  public record SignedRequest(
      String method, String path, String timestamp, String signature, byte[] body) {}

  /** The text of a pairing QR code: {@code {"server":"…","token":"…"}}. */
  public record PairingCode(String server, String token) {
    public static PairingCode parse(String text) {
      JsonObject json = Json.createReader(new StringReader(text.strip())).readObject();
      return new PairingCode(json.getString("server"), json.getString("token"));
    }
  }

  /** Reads a pairing QR code (PNG) the way a phone camera would. */
  public static String decodeQr(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new IllegalArgumentException("Not an image");
      }
      BinaryBitmap bitmap =
          new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
      try {
        // A code rendered on a screen: straight, unrotated, nothing around it.
        return new MultiFormatReader()
            .decode(
                bitmap,
                Map.of(
                    DecodeHintType.PURE_BARCODE,
                    Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE)))
            .getText();
      } catch (NotFoundException e) {
        // As a camera sees it: anywhere in the picture.
        return new MultiFormatReader()
            .decode(
                bitmap,
                Map.of(
                    DecodeHintType.TRY_HARDER,
                    Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE)))
            .getText();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NotFoundException e) {
      throw new IllegalArgumentException("No QR code in the image", e);
    }
  }

  /**
   * Pairs with the server named in a pairing QR code's text.
   *
   * @throws PairingRefused when the server refuses (expired or used token …)
   */
  public static MobileApp pair(String qrText, String deviceName, String platform) {
    PairingCode code = PairingCode.parse(qrText);
    KeyPair keys = newKeyPair();
    String body =
        Json.createObjectBuilder()
            .add("token", code.token())
            .add("deviceName", deviceName)
            .add("platform", platform)
            .add("publicKey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()))
            .build()
            .toString();
    HttpClient http = httpClient();
    Answer answer =
        send(
            http,
            HttpRequest.newBuilder(URI.create(code.server() + "/api/v1/mobile/pair"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (answer.status() != 200) {
      throw new PairingRefused(answer);
    }
    JsonObject paired = answer.json();
    return new MobileApp(
        code.server(),
        paired.getString("deviceId"),
        keys.getPrivate(),
        new Totp(
            Totp.base32(paired.getString("totpSecret")),
            paired.getString("algorithm", "SHA1"),
            paired.getInt("digits", 6),
            Duration.ofSeconds(paired.getJsonNumber("periodSeconds").longValue())));
  }

  /** The server refused to pair. */
  public static final class PairingRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Answer answer;

    PairingRefused(Answer answer) {
      super("The server refused to pair: " + answer);
      this.answer = answer;
    }

    public Answer answer() {
      return answer;
    }
  }

  public String deviceId() {
    return deviceId;
  }

  public String server() {
    return server;
  }

  /** The app's current TOTP code. */
  public String code() {
    return totp.codeAt(Instant.now());
  }

  /** The app's code {@code steps} time steps from now. */
  public String codeAt(int steps) {
    return totp.codeAt(Instant.now().plus(totp.period().multipliedBy(steps)));
  }

  /** The logins waiting for this app. */
  public List<Pending> pending() {
    Answer answer = send(sign("GET", "/api/v1/mobile/challenges", new byte[0], Instant.now()));
    if (answer.status() != 200) {
      throw new IllegalStateException("The server refused to list the logins: " + answer);
    }
    List<Pending> pending = new ArrayList<>();
    for (JsonObject item : answer.jsonArray().getValuesAs(JsonObject.class)) {
      pending.add(
          new Pending(
              item.getString("requestId"),
              item.getString("loginName", ""),
              item.getString("client", ""),
              item.getString("sourceAddress", ""),
              Instant.parse(item.getString("expiresAt")),
              item.getJsonArray("numberChoices").getValuesAs(jakarta.json.JsonString.class).stream()
                  .map(jakarta.json.JsonString::getString)
                  .toList()));
    }
    return pending;
  }

  /** Lists the waiting logins, as a raw answer (tests look at refusals). */
  public Answer pendingAnswer() {
    return send(sign("GET", "/api/v1/mobile/challenges", new byte[0], Instant.now()));
  }

  /** Approves a login with the number the user picked. */
  public Answer approve(String requestId, String numberMatch) {
    return send(approval(requestId, numberMatch, Instant.now()));
  }

  /** Denies a login. */
  public Answer deny(String requestId) {
    return send(
        sign(
            "POST",
            "/api/v1/mobile/challenges/" + requestId,
            Json.createObjectBuilder()
                .add("decision", "DENY")
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8),
            Instant.now()));
  }

  /** An approval signed as if sent at {@code at}, to send (or send again) with {@link #send}. */
  public SignedRequest approval(String requestId, String numberMatch, Instant at) {
    return sign(
        "POST",
        "/api/v1/mobile/challenges/" + requestId,
        Json.createObjectBuilder()
            .add("decision", "APPROVE")
            .add("numberMatch", numberMatch)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8),
        at);
  }

  /**
   * Signs a request: ECDSA P-256 with SHA-256 over {@code METHOD \n PATH \n TIMESTAMP \n
   * hex(SHA-256(body))}, the timestamp in seconds since the epoch.
   */
  public SignedRequest sign(String method, String path, byte[] body, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    String text =
        method + "\n" + path + "\n" + timestamp + "\n" + HexFormat.of().formatHex(sha256(body));
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(privateKey);
      signer.update(text.getBytes(StandardCharsets.UTF_8));
      return new SignedRequest(
          method, path, timestamp, Base64.getEncoder().encodeToString(signer.sign()), body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a signed request as this device. */
  public Answer send(SignedRequest request) {
    return send(request, deviceId);
  }

  /** Sends a signed request claiming to be device {@code claimedDeviceId}. */
  public Answer send(SignedRequest request, String claimedDeviceId) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(server + request.path()))
            .timeout(TIMEOUT)
            .header("X-Device-Id", claimedDeviceId)
            .header("X-Timestamp", request.timestamp())
            .header("X-Signature", request.signature());
    if (request.method().equals("GET")) {
      builder.GET();
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
    }
    return send(client, builder);
  }

  /**
   * The app speaks HTTP/1.1: the server's plain listener does not offer HTTP/2 over cleartext, and
   * asking for it would cost a connection per request (the server closes a connection that asked).
   */
  private static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Saves the app's state to a file only its owner may read or write (created so). */
  public void save(Path file) {
    String state =
        Json.createObjectBuilder()
            .add("server", server)
            .add("deviceId", deviceId)
            .add("privateKey", Base64.getEncoder().encodeToString(privateKey.getEncoded()))
            .add("totpSecret", Base64.getEncoder().encodeToString(totp.secret()))
            .add("algorithm", totp.algorithm())
            .add("digits", totp.digits())
            .add("periodSeconds", totp.period().toSeconds())
            .build()
            .toString();
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path temporary;
      try {
        temporary =
            Files.createTempFile(
                folder,
                ".mobile-app",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        temporary = Files.createTempFile(folder, ".mobile-app", ".tmp");
      }
      Files.writeString(temporary, state);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The app saved by {@link #save}. */
  public static MobileApp load(Path file) {
    try {
      JsonObject state = Json.createReader(new StringReader(Files.readString(file))).readObject();
      PrivateKey key =
          KeyFactory.getInstance("EC")
              .generatePrivate(
                  new PKCS8EncodedKeySpec(
                      Base64.getDecoder().decode(state.getString("privateKey"))));
      return new MobileApp(
          state.getString("server"),
          state.getString("deviceId"),
          key,
          new Totp(
              Base64.getDecoder().decode(state.getString("totpSecret")),
              state.getString("algorithm"),
              state.getInt("digits"),
              Duration.ofSeconds(state.getJsonNumber("periodSeconds").longValue())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The saved key cannot be read", e);
    }
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("No EC P-256 in this Java runtime", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Answer send(HttpClient http, HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
