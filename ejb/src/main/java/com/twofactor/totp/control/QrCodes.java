package com.twofactor.totp.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * QR codes as PNG images, for an authenticator app to scan an {@code otpauth://} URI. Error
 * correction level M (about 15 % of the code may be lost) and a quiet zone of two modules, enough
 * for a phone camera reading a screen.
 */
public final class QrCodes {

  /** Larger images add nothing a camera needs and cost memory. */
  public static final int MAX_SIZE_PIXELS = 2048;

  private static final int MARGIN_MODULES = 2;

  private QrCodes() {}

  /**
   * A square PNG of at least {@code sizePixels} a side (more when the code needs more modules than
   * there are pixels).
   *
   * @throws IllegalArgumentException when the text is empty or too long for a QR code, or the size
   *     is out of range
   */
  public static byte[] png(String text, int sizePixels) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("Nothing to encode");
    }
    if (sizePixels < 1 || sizePixels > MAX_SIZE_PIXELS) {
      throw new IllegalArgumentException(
          "The size must be 1 to " + MAX_SIZE_PIXELS + " pixels, not " + sizePixels);
    }
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, MARGIN_MODULES);
    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
      // Plain ASCII (every otpauth URI) stays free of an ECI header some readers stumble on.
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "The text (" + text.length() + " characters) does not fit in a QR code", e);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the QR code as PNG", e);
    }
    return png.toByteArray();
  }
}
