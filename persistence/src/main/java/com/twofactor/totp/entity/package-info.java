/**
 * What the database keeps of authenticator apps paired for time-based one-time passwords (RFC
 * 6238): the HMAC algorithm of a pairing, its seed encrypted for that device alone (never in
 * clear), and the time steps already used.
 */
package com.twofactor.totp.entity;
