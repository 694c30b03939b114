package com.twofactor.bootstrap.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The one-time token of the built-in admin's break-glass: a file named {@value #FILE_NAME} in the
 * data folder, written by someone with a shell on the server, readable by its owner only, holding
 * at least {@value #MIN_LENGTH} characters (128 bits as hex), valid for a while after it was
 * written. Every attempt that finds the file uses it up: it is renamed away first (so of two
 * concurrent attempts only one reads it) and deleted, whether the presented token was right or not.
 */
public final class BreakGlassToken {

  public static final String FILE_NAME = "break-glass.token";
  public static final int MIN_LENGTH = 32;

  /** Files written slightly ahead of this server's clock are still accepted. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  /** How an attempt went. */
  public enum Outcome {
    ACCEPTED,
    /** No token file: none was written, or it was used up already. */
    MISSING,
    /** Written longer ago than the validity allows. */
    EXPIRED,
    /** The presented token is not the one in the file. */
    WRONG,
    /** Group or others may access the file, or it holds too short a token: not trusted. */
    UNSAFE,
    /** The file is there but this server cannot read it (another owner, say). */
    UNREADABLE
  }

  private BreakGlassToken() {}

  /**
   * Uses up the token file of {@code dataFolder}, if any, and says whether {@code presented} was
   * it.
   */
  public static Outcome redeem(Path dataFolder, String presented, Instant now, Duration validity) {
    Path file = dataFolder.resolve(FILE_NAME);
    Path claimed = dataFolder.resolve(FILE_NAME + "." + UUID.randomUUID() + ".used");
    try {
      claim(file, claimed);
    } catch (NoSuchFileException e) {
      return Outcome.MISSING;
    } catch (IOException e) {
      return Outcome.UNREADABLE;
    }
    try {
      Instant written = Files.getLastModifiedTime(claimed).toInstant();
      if (now.isAfter(written.plus(validity)) || written.isAfter(now.plus(CLOCK_SKEW))) {
        return Outcome.EXPIRED;
      }
      if (!ownerOnly(claimed)) {
        return Outcome.UNSAFE;
      }
      String stored = Files.readString(claimed, StandardCharsets.US_ASCII).strip();
      if (stored.length() < MIN_LENGTH) {
        return Outcome.UNSAFE;
      }
      return matches(stored, presented.strip()) ? Outcome.ACCEPTED : Outcome.WRONG;
    } catch (IOException e) {
      return Outcome.UNREADABLE;
    } finally {
      try {
        Files.deleteIfExists(claimed);
      } catch (IOException e) {
        // Renamed away, it can no longer be presented; the next attempt finds no file.
      }
    }
  }

  private static void claim(Path file, Path claimed) throws IOException {
    try {
      Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(file, claimed);
    }
  }

  private static boolean ownerOnly(Path file) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix == null) {
      return true;
    }
    Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
    return permissions.stream().noneMatch(OTHERS::contains);
  }

  /** Compared as SHA-256 digests in constant time, so neither the length nor a prefix leaks. */
  private static boolean matches(String stored, String presented) {
    return MessageDigest.isEqual(sha256(stored), sha256(presented));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
