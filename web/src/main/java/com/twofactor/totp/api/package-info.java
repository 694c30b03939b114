/**
 * Authenticator apps over HTTP: pairing at login and from "My 2FA devices", listing, renaming and
 * removing devices, and the administrators' reset.
 */
package com.twofactor.totp.api;
