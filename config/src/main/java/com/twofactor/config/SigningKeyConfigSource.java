package com.twofactor.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code mp.jwt.verify.publickey} and {@code mp.jwt.verify.publickey.algorithm} from the
 * token signing key pair, so MicroProfile JWT verifies exactly what the login issues, whether the
 * pair was configured or generated, RS256 or ES256.
 */
public class SigningKeyConfigSource implements ConfigSource {

  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
  static final String ALGORITHM = "mp.jwt.verify.publickey.algorithm";

  private static final ThreadLocal<Boolean> RESOLVING = ThreadLocal.withInitial(() -> false);
  private volatile Map<String, String> values;

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(PUBLIC_KEY, ALGORITHM);
  }

  @Override
  public String getValue(String propertyName) {
    if (!getPropertyNames().contains(propertyName) || RESOLVING.get()) {
      return null;
    }
    if (values == null) {
      RESOLVING.set(true);
      try {
        SigningKeys keys = SigningKeys.load(ConfigProvider.getConfig());
        values = Map.of(PUBLIC_KEY, keys.publicKeyPem(), ALGORITHM, keys.algorithm().name());
      } finally {
        RESOLVING.remove();
      }
    }
    return values.get(propertyName);
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
