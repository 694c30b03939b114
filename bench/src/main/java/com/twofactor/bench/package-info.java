/**
 * Benchmarks of the built WAR on Payara Micro over HTTP, on H2 or PostgreSQL: the login of users
 * paired with an authenticator app (throughput, latency, CPU per login, boot time, memory, and the
 * password hash alone), and the bulk 2FA change and 2FA-filtered Backup User list on 100,000 users.
 * Run by {@code bench/run.sh}; the build compiles it but never runs it.
 */
package com.twofactor.bench;
