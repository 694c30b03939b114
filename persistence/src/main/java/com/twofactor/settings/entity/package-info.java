/**
 * The server's two-factor settings: one row, changed under optimistic locking, whose invariants (a
 * host for the branded app, a display name for a third-party app) hold whatever path changes it.
 */
package com.twofactor.settings.entity;
