package com.twofactor.totp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.twofactor.totp.entity.TotpAlgorithm;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

  @Test
  void otpAuthUriRoundTripsThroughThePng() throws Exception {
    String uri =
        OtpAuthUri.of(
            "Backup Server",
            "alice@example.com",
            TotpSecrets.newSecret(),
            TotpAlgorithm.SHA1,
            6,
            Duration.ofSeconds(30));

    byte[] png = QrCodes.png(uri, 240);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(240);
    assertThat(image.getHeight()).isEqualTo(240);
    assertThat(decode(image)).isEqualTo(uri);
  }

  @Test
  void nonAsciiTextRoundTripsAsUtf8() throws Exception {
    String text = "Zürich — 東京";

    assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(text, 200)))))
        .isEqualTo(text);
  }

  @Test
  void textTooLongForAQrCodeIsRefused() {
    String text = "x".repeat(3000);

    assertThatThrownBy(() -> QrCodes.png(text, 300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(text);
  }

  @Test
  void emptyTextOrAbsurdSizeIsRefused() {
    assertThatThrownBy(() -> QrCodes.png("", 200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QrCodes.png("x", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QrCodes.png("x", 100_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String decode(BufferedImage image) throws Exception {
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader().decode(bitmap).getText();
  }
}
