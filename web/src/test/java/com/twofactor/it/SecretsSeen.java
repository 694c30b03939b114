package com.twofactor.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Every secret the system tests send or are given through {@link Api}: passwords, codes, recovery
 * codes, tokens and TOTP seeds. They are written to a file the suite's log check reads, so it can
 * prove that no log line holds any of them.
 */
public final class SecretsSeen {

  /** JSON fields that hold a secret, in requests and in answers. */
  static final Set<String> SECRET_FIELDS =
      Set.of(
          "password",
          "newPassword",
          "code",
          "recoveryCode",
          "token",
          "manualEntryKey",
          "secret",
          "recoveryCodes");

  private SecretsSeen() {}

  public static Path file() {
    return Path.of(System.getProperty("it.workDir", "target/it"), "secrets-seen.txt");
  }

  /** Notes the secrets of a JSON body, request or answer; anything else is ignored. */
  static void noteJson(String body) {
    if (body == null || !body.stripLeading().startsWith("{")) {
      return;
    }
    try {
      JsonObject object = Json.createReader(new StringReader(body)).readObject();
      object.forEach(
          (field, value) -> {
            if (SECRET_FIELDS.contains(field)) {
              noteValue(value);
            }
            if ("otpauthUri".equals(field) && value instanceof JsonString uri) {
              noteSeedOf(uri.getString());
            }
          });
    } catch (RuntimeException notJson) {
      // a body that is not a JSON object holds no field to note
    }
  }

  private static void noteValue(JsonValue value) {
    if (value instanceof JsonString text) {
      note(text.getString());
    } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(SecretsSeen::noteValue);
    }
  }

  private static void noteSeedOf(String otpauthUri) {
    String query = URI.create(otpauthUri).getRawQuery();
    if (query != null) {
      for (String parameter : query.split("&")) {
        if (parameter.startsWith("secret=")) {
          note(parameter.substring("secret=".length()));
        }
      }
    }
  }

  /** Notes one secret; six characters at least, so that it cannot match by chance. */
  public static synchronized void note(String secret) {
    if (secret == null || secret.strip().length() < 6) {
      return;
    }
    try {
      Files.createDirectories(file().getParent());
      Files.writeString(
          file(),
          secret.strip() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
