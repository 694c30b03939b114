package com.twofactor.mobileapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pairing QR codes as the server renders them read back, whatever their token. */
class QrDecodingTest {

  @Test
  void everyPairingCodeIsReadBack() throws Exception {
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 300; i++) {
      byte[] token = new byte[32];
      random.nextBytes(token);
      String text =
          "{\"server\":\"http://127.0.0.1:"
              + (30000 + random.nextInt(30000))
              + "\",\"token\":\""
              + Base64.getUrlEncoder().withoutPadding().encodeToString(token)
              + "\"}";
      var matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  300,
                  300,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);

      assertThat(MobileApp.decodeQr(png.toByteArray())).isEqualTo(text);
    }
  }
}
