/**
 * What every JAX-RS resource shares: the {@code /api/v1} application secured by MicroProfile JWT,
 * and one exception mapper per failure family, each answering {@code application/problem+json} (RFC
 * 9457) and never a stack trace.
 */
package com.twofactor.shared.api;
