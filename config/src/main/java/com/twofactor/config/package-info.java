/**
 * Every tunable of TwoFactor: the defaults live in {@code META-INF/microprofile-config.properties}
 * of this jar, and the typed beans here read them, so no limit, window, URL or key location is
 * hard-coded anywhere else. Two config sources derive values that depend on others: the JDBC data
 * source class from the database URL, and the token verification key from the signing key pair kept
 * in the data folder. {@link com.twofactor.config.SecretCipher} encrypts the secrets the database
 * keeps, under a configured key file or a key generated into the data folder, each value bound to
 * the record it is stored in; it and {@link com.twofactor.config.SigningKeys} give fingerprints
 * that let nodes check they share the keys.
 */
package com.twofactor.config;
