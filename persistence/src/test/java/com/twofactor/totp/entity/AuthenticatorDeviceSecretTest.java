package com.twofactor.totp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twofactor.config.SecretCipher;
import com.twofactor.config.UnreadableSecretException;
import com.twofactor.policy.entity.PolicyGroup;
import com.twofactor.settings.entity.AuthenticatorApp;
import com.twofactor.users.entity.Account;
import com.twofactor.users.entity.BackupUser;
import com.twofactor.users.entity.BackupUserType;
import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** A device keeps its secret encrypted for itself and its account alone. */
class AuthenticatorDeviceSecretTest {

  private final SecretCipher cipher = newCipher();

  @Test
  void secretIsSealedForTheDeviceAndReadBack() throws Exception {
    byte[] seed = seed();
    AuthenticatorDevice device = device(account(7L), seed, 42L);

    device.sealSecret(cipher);

    assertThat(sealedOf(device)).startsWith("v2:");
    assertThat(device.secret(cipher)).isEqualTo(seed);
  }

  @Test
  void aSecretCopiedToAnotherDeviceDoesNotDecrypt() throws Exception {
    AuthenticatorDevice own = device(account(7L), seed(), 42L);
    AuthenticatorDevice other = device(account(8L), seed(), 43L);
    AuthenticatorDevice sameAccount = device(account(7L), seed(), 44L);
    own.sealSecret(cipher);
    other.sealSecret(cipher);
    sameAccount.sealSecret(cipher);

    set(other, "sealedSecret", sealedOf(own));
    set(sameAccount, "sealedSecret", sealedOf(own));

    assertThatThrownBy(() -> other.secret(cipher)).isInstanceOf(UnreadableSecretException.class);
    assertThatThrownBy(() -> sameAccount.secret(cipher))
        .isInstanceOf(UnreadableSecretException.class);
  }

  @Test
  void aDeviceMovedToAnotherAccountDoesNotDecrypt() throws Exception {
    AuthenticatorDevice device = device(account(7L), seed(), 42L);
    device.sealSecret(cipher);

    set(device, "account", account(8L));

    assertThatThrownBy(() -> device.secret(cipher)).isInstanceOf(UnreadableSecretException.class);
  }

  @Test
  void aSecretIsSealedOnlyOnceTheDeviceHasItsId() throws Exception {
    AuthenticatorDevice device = device(account(7L), seed(), null);

    assertThatThrownBy(() -> device.sealSecret(cipher)).isInstanceOf(IllegalStateException.class);
  }

  private static AuthenticatorDevice device(Account account, byte[] seed, Long id)
      throws Exception {
    AuthenticatorDevice device =
        AuthenticatorDevice.beginPairing(
            account,
            AuthenticatorApp.GOOGLE,
            seed,
            TotpAlgorithm.SHA1,
            6,
            Duration.ofSeconds(30),
            null,
            Instant.now());
    set(device, "id", id);
    return device;
  }

  private static Account account(Long id) throws Exception {
    BackupUser user =
        new BackupUser(
            "user" + id,
            "hash",
            BackupUserType.PAID,
            PolicyGroup.named("group", false),
            Instant.now());
    set(user, Account.class, "id", id);
    return user;
  }

  private static String sealedOf(AuthenticatorDevice device) throws Exception {
    Field field = AuthenticatorDevice.class.getDeclaredField("sealedSecret");
    field.setAccessible(true);
    return (String) field.get(device);
  }

  private static void set(AuthenticatorDevice device, String name, Object value) throws Exception {
    set(device, AuthenticatorDevice.class, name, value);
  }

  private static void set(Object target, Class<?> type, String name, Object value)
      throws Exception {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private static byte[] seed() {
    byte[] seed = new byte[20];
    new SecureRandom().nextBytes(seed);
    return seed;
  }

  private static SecretCipher newCipher() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return SecretCipher.of(new SecretKeySpec(key, "AES"));
  }
}
