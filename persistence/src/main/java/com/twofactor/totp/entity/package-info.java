/**
 * What the database keeps of authenticator apps paired for time-based one-time passwords (RFC
 * 6238): the HMAC algorithm of a pairing, and the converter that stores its seed encrypted, never
 * in clear.
 */
package com.twofactor.totp.entity;
