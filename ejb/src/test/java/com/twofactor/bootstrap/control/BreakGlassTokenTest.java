package com.twofactor.bootstrap.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.twofactor.bootstrap.control.BreakGlassToken.Outcome;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakGlassTokenTest {

  private static final String TOKEN = "0123456789abcdef0123456789abcdef0123456789abcdef";
  private static final Duration VALIDITY = Duration.ofMinutes(15);

  @TempDir Path data;

  @Test
  void theRightTokenIsAcceptedOnceAndTheFileIsGone() throws IOException {
    Instant written = write(TOKEN + "\n");

    assertThat(redeem(TOKEN, written.plusSeconds(60))).isEqualTo(Outcome.ACCEPTED);
    assertThat(redeem(TOKEN, written.plusSeconds(61))).isEqualTo(Outcome.MISSING);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void withoutAFileNothingIsAccepted() {
    assertThat(redeem(TOKEN, Instant.now())).isEqualTo(Outcome.MISSING);
  }

  @Test
  void aWrongTokenUsesTheFileUp() throws IOException {
    Instant written = write(TOKEN);

    assertThat(redeem(TOKEN.replace('a', 'b'), written)).isEqualTo(Outcome.WRONG);
    assertThat(redeem(TOKEN, written)).isEqualTo(Outcome.MISSING);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileOlderThanTheValidityIsExpired() throws IOException {
    Instant written = write(TOKEN);

    assertThat(redeem(TOKEN, written.plus(VALIDITY).plusSeconds(1))).isEqualTo(Outcome.EXPIRED);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileDatedInTheFutureIsNotTrusted() throws IOException {
    Instant written = write(TOKEN);

    assertThat(redeem(TOKEN, written.minus(Duration.ofMinutes(5)))).isEqualTo(Outcome.EXPIRED);
  }

  @Test
  void aTokenShorterThan128BitsIsNotTrusted() throws IOException {
    Instant written = write("abcdef0123");

    assertThat(redeem("abcdef0123", written)).isEqualTo(Outcome.UNSAFE);
  }

  @Test
  void aFileOthersMayReadIsNotTrusted() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Instant written = write(TOKEN);
    Files.setPosixFilePermissions(
        data.resolve(BreakGlassToken.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(redeem(TOKEN, written)).isEqualTo(Outcome.UNSAFE);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void ofConcurrentAttemptsWithTheRightTokenOnlyOneIsAccepted() throws Exception {
    Instant written = write(TOKEN);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Outcome>> attempts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        attempts.add(() -> redeem(TOKEN, written));
      }
      long accepted = 0;
      for (Future<Outcome> attempt : pool.invokeAll(attempts)) {
        accepted += attempt.get() == Outcome.ACCEPTED ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome redeem(String presented, Instant now) {
    return BreakGlassToken.redeem(data, presented, now, VALIDITY);
  }

  /** Writes the token file owner-only, as the command does; returns its time. */
  private Instant write(String content) throws IOException {
    Path file = data.resolve(BreakGlassToken.FILE_NAME);
    Files.writeString(file, content);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    Instant written = Instant.parse("2026-12-02T10:00:00Z");
    Files.setLastModifiedTime(file, FileTime.from(written));
    return written;
  }

  private List<Path> leftovers() throws IOException {
    try (var files = Files.list(data)) {
      return files.toList();
    }
  }
}
