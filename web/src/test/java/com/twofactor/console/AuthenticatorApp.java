package com.twofactor.console;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.twofactor.totp.control.Totp;
import com.twofactor.totp.control.TotpSecrets;
import com.twofactor.totp.entity.TotpAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * An authenticator app as a test plays it: scans the pairing QR code the console shows (a PNG data
 * URI), keeps the secret of its {@code otpauth://} URI and computes codes (SHA-1, 6 digits, 30
 * seconds, as Google Authenticator does).
 */
final class AuthenticatorApp {

  private final Totp totp = new Totp(TotpAlgorithm.SHA1, 6, Duration.ofSeconds(30));
  private final byte[] secret;

  private AuthenticatorApp(byte[] secret) {
    this.secret = secret;
  }

  /** Reads the QR code of an {@code img} source such as {@code data:image/png;base64,…}. */
  static AuthenticatorApp scan(String dataUri) {
    byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    try {
      var image = ImageIO.read(new ByteArrayInputStream(png));
      var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
      String uri =
          new MultiFormatReader()
              .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
              .getText();
      return new AuthenticatorApp(TotpSecrets.fromBase32(secretOf(uri)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NotFoundException e) {
      throw new AssertionError("No QR code in the pairing image", e);
    }
  }

  private static String secretOf(String otpauthUri) {
    if (!otpauthUri.startsWith("otpauth://totp/")) {
      throw new AssertionError("Not an otpauth URI: " + otpauthUri.replaceAll("secret=\\w+", ""));
    }
    return Arrays.stream(URI.create(otpauthUri).getRawQuery().split("&"))
        .filter(parameter -> parameter.startsWith("secret="))
        .map(parameter -> parameter.substring("secret=".length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No secret in the otpauth URI"));
  }

  long stepNow() {
    return totp.stepAt(Instant.now());
  }

  String codeAt(long step) {
    return totp.code(secret, step);
  }
}
