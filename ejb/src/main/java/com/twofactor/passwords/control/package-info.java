/**
 * Password hashes, plain Java tested with {@code new}: Argon2id and PBKDF2-HMAC-SHA512 in PHC
 * strings, and the upgrade of an old hash at the next login. Logins, user administration and the
 * first start all hash through {@link com.twofactor.passwords.control.PasswordHashing}.
 */
package com.twofactor.passwords.control;
