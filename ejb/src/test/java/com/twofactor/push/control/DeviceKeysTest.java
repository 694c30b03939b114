package com.twofactor.push.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The branded app's signatures: what they cover, and which keys are taken. */
class DeviceKeysTest {

  @Test
  void aSignatureOverMethodPathTimestampAndBodyVerifies() throws Exception {
    KeyPair keys = p256();
    String text =
        DeviceKeys.signedText(
            "POST",
            "/api/v1/mobile/challenges/x",
            "1700000000",
            "{\"decision\":\"DENY\"}".getBytes(StandardCharsets.UTF_8));
    String signature = sign(keys, text);
    String key = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());

    assertThat(DeviceKeys.verifies(key, text, signature)).isTrue();
    assertThat(DeviceKeys.verifies(key, text.replace("/x", "/y"), signature)).isFalse();
    String otherBody =
        DeviceKeys.signedText(
            "POST",
            "/api/v1/mobile/challenges/x",
            "1700000000",
            "{\"decision\":\"APPROVE\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(DeviceKeys.verifies(key, otherBody, signature)).isFalse();
    String otherKey = Base64.getEncoder().encodeToString(p256().getPublic().getEncoded());
    assertThat(DeviceKeys.verifies(otherKey, text, signature)).isFalse();
    assertThat(DeviceKeys.verifies(key, text, "not base64!")).isFalse();
  }

  @Test
  void onlyP256KeysAreTaken() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    String rsaKey =
        Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded());
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp384r1"));
    String p384 = Base64.getEncoder().encodeToString(ec.generateKeyPair().getPublic().getEncoded());

    assertThat(
            DeviceKeys.parse(Base64.getEncoder().encodeToString(p256().getPublic().getEncoded())))
        .isNotNull();
    assertThatThrownBy(() -> DeviceKeys.parse(rsaKey)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeviceKeys.parse(p384)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DeviceKeys.parse("junk")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNumberIsAmongTheChoicesAlwaysInTheSameOrder() {
    for (int i = 0; i < 200; i++) {
      String number = NumberMatch.newNumber();
      String request = Tokens.newId();
      assertThat(number).matches("[1-9][0-9]");
      assertThat(NumberMatch.choices(request, number))
          .hasSize(NumberMatch.CHOICES)
          .doesNotHaveDuplicates()
          .contains(number)
          .isEqualTo(NumberMatch.choices(request, number));
    }
    assertThat(NumberMatch.matches("42", " 42 ")).isTrue();
    assertThat(NumberMatch.matches("42", "24")).isFalse();
    assertThat(NumberMatch.matches("42", null)).isFalse();
  }

  private static KeyPair p256() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static String sign(KeyPair keys, String text) throws Exception {
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(keys.getPrivate());
    signer.update(text.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(signer.sign());
  }
}
