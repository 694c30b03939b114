/**
 * The one-time seeding of a new installation, each part in its own transaction, and the record of
 * the keys it was first used with.
 */
package com.twofactor.bootstrap.control;
