/**
 * The one-time seeding of a new installation, each part in its own transaction, the record of the
 * keys it was first used with, and the one-time break-glass token file of the built-in admin
 * ({@link com.twofactor.bootstrap.control.BreakGlassToken}, plain Java).
 */
package com.twofactor.bootstrap.control;
