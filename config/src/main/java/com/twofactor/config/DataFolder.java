package com.twofactor.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/**
 * The folder holding the embedded database and the keys generated at first start. A relative
 * setting is resolved once against the working directory of the process, so every part of the
 * application sees the same absolute path.
 */
public final class DataFolder {

  public static final String KEY = "twofactor.data.dir";

  private DataFolder() {}

  /** The absolute data folder, created when missing. */
  public static Path resolve(Config config) {
    Path folder =
        Path.of(config.getOptionalValue(KEY, String.class).orElse("./data"))
            .toAbsolutePath()
            .normalize();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data folder " + folder, e);
    }
    return folder;
  }
}
