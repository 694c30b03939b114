/**
 * The algorithms behind logging in, plain Java tested with {@code new}: password hashing (Argon2id,
 * PBKDF2-HMAC-SHA512) and signing access tokens.
 */
package com.twofactor.login.control;
