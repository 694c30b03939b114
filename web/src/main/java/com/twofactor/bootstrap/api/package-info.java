/**
 * The break-glass of the built-in admin over HTTP: the one public endpoint that resets {@code
 * system} for whoever holds the one-time token written on the server.
 */
package com.twofactor.bootstrap.api;
