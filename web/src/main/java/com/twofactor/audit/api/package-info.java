/** The audit trail over HTTP: {@code GET /api/v1/audit}. */
package com.twofactor.audit.api;
