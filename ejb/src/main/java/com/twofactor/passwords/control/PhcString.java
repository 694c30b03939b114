package com.twofactor.passwords.control;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PHC string format of password hashes: {@code $id[$v=19]$k=v,k=v$salt$hash}, salt and hash in
 * unpadded standard Base64.
 */
record PhcString(String id, Map<String, Integer> params, byte[] salt, byte[] hash) {

  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  static PhcString parse(String encoded) {
    String[] parts = encoded.split("\\$");
    // "", id, [v=19,] params, salt, hash
    if (parts.length < 5 || !parts[0].isEmpty()) {
      throw new IllegalArgumentException("Not a PHC string");
    }
    int paramsAt = parts.length == 6 ? 3 : 2;
    Map<String, Integer> params = new LinkedHashMap<>();
    for (String pair : parts[paramsAt].split(",")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], Integer.valueOf(kv[1]));
    }
    return new PhcString(
        parts[1], params, DECODER.decode(parts[paramsAt + 1]), DECODER.decode(parts[paramsAt + 2]));
  }

  String encode(String version) {
    StringBuilder out = new StringBuilder("$").append(id);
    if (version != null) {
      out.append("$v=").append(version);
    }
    out.append('$');
    params.forEach((k, v) -> out.append(k).append('=').append(v).append(','));
    out.setLength(out.length() - 1);
    return out.append('$')
        .append(ENCODER.encodeToString(salt))
        .append('$')
        .append(ENCODER.encodeToString(hash))
        .toString();
  }
}
