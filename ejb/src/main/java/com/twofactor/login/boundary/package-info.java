/**
 * Logging in: the password step, the second step when two-factor authentication asks for one
 * (answering a challenge, pairing a device at login, skipping the setup prompt), the failure budget
 * of each account and the throttling of each source address, and the access token or console
 * session a completed login earns. The console and the API drive the same boundaries.
 */
package com.twofactor.login.boundary;
