package com.twofactor.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The file that holds the secrets key: read, checked (32 bytes in base64, not readable by others),
 * or generated once into the data folder, owner-only, without ever replacing a key another process
 * wrote first.
 */
final class SecretKeyFile {

  private static final Logger LOG = Logger.getLogger(SecretKeyFile.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretKeyFile() {}

  /** The key in {@code file}, the base64 form of 32 bytes. */
  static SecretKey read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("The secrets key file does not exist: " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the secrets key file " + file, e);
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      raw = new byte[0];
    }
    if (raw.length != SecretCipher.KEY_BYTES) {
      throw new IllegalStateException(
          "The secrets key file must hold the base64 form of "
              + SecretCipher.KEY_BYTES
              + " bytes: "
              + file);
    }
    warnWhenOthersCanRead(file);
    SecretKey key = new SecretKeySpec(raw, "AES");
    Arrays.fill(raw, (byte) 0);
    return key;
  }

  /** The key generated into {@code folder}, generating it when absent. */
  static SecretKey generatedIn(Path folder) {
    Path file = folder.resolve(SecretCipher.GENERATED_KEY_FILE);
    synchronized (SecretKeyFile.class) {
      if (!Files.exists(file)) {
        generate(file);
      }
    }
    return read(file);
  }

  /**
   * Writes a new key to a private temporary file, flushed to the disk, then links it in place.
   * Unlike a rename, a link never replaces a key another process wrote first, which would leave
   * values encrypted under a key that is gone.
   */
  private static void generate(Path file) {
    byte[] raw = new byte[SecretCipher.KEY_BYTES];
    RANDOM.nextBytes(raw);
    byte[] text = Base64.getEncoder().encode(raw);
    Arrays.fill(raw, (byte) 0);
    Path temp = null;
    try {
      temp =
          Files.createTempFile(file.getParent(), ".secrets", ".tmp", ownerOnly(file.getParent()));
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(text));
        channel.force(true);
      }
      try {
        Files.createLink(file, temp);
      } catch (FileAlreadyExistsException e) {
        return;
      } catch (UnsupportedOperationException | FileSystemException e) {
        if (Files.exists(file)) {
          return;
        }
        Files.move(temp, file);
      }
      LOG.info(() -> "Generated the secrets key " + file + "; back it up with the database");
    } catch (FileAlreadyExistsException e) {
      // Another process wrote the key in the meantime; it is the one to use.
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the secrets key " + file, e);
    } finally {
      Arrays.fill(text, (byte) 0);
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.warning(() -> "Cannot delete the temporary file " + e.getMessage());
        }
      }
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) throws IOException {
    if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
      };
    }
    return new FileAttribute<?>[0];
  }

  private static void warnWhenOthersCanRead(Path file) {
    try {
      if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.GROUP_READ)
            || permissions.contains(PosixFilePermission.OTHERS_READ)) {
          LOG.warning(() -> "The secrets key file " + file + " is readable by other users");
        }
      }
    } catch (IOException e) {
      LOG.fine(() -> "Cannot check the permissions of " + file + ": " + e.getMessage());
    }
  }
}
