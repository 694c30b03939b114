/**
 * A benchmark of the two claims behind the bulk 2FA change and the 2FA filter of the Backup User
 * list: enabling two-factor authentication for 10,000 users is one set-based change that takes well
 * under five seconds, and a 2FA-filtered page of 100,000 users stays fast anywhere in the list. It
 * drives the built WAR on Payara Micro over HTTP, on H2 or PostgreSQL, and seeds the users over
 * JDBC. Run by {@code bench/run.sh}; the build compiles it but never runs it.
 */
package com.twofactor.bench;
