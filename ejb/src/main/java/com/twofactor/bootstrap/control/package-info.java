/** The one-time seeding of a new installation, each part in its own transaction. */
package com.twofactor.bootstrap.control;
