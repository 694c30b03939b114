/**
 * The algorithms behind logging in, plain Java tested with {@code new}: the failure budget, the
 * throttle of source addresses, security stamps and signing access tokens.
 */
package com.twofactor.login.control;
