package com.twofactor.config;

import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code mp.jwt.verify.publickey} from the token signing key pair, so MicroProfile JWT
 * verifies exactly what the login issues, whether the pair was configured or generated.
 */
public class SigningKeyConfigSource implements ConfigSource {

  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

  private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);
  private volatile String publicKeyPem;

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(PUBLIC_KEY);
  }

  @Override
  public String getValue(String propertyName) {
    if (!PUBLIC_KEY.equals(propertyName) || RESOLVING.get()) {
      return null;
    }
    if (publicKeyPem == null) {
      RESOLVING.set(true);
      try {
        publicKeyPem = SigningKeys.load(ConfigProvider.getConfig()).publicKeyPem();
      } finally {
        RESOLVING.remove();
      }
    }
    return publicKeyPem;
  }

  @Override
  public int getOrdinal() {
    return 10;
  }

  @Override
  public String getName() {
    return "twofactor-signing-key";
  }
}
