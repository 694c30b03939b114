/**
 * Starting the application: the data source (defined from MicroProfile Config, so the database is
 * chosen by configuration alone), the schema migrations, the check that this node holds the keys
 * the database was first used with, what a first start creates (the built-in admin, the default
 * policy group, and optional demo data), and the break-glass that resets the built-in admin for
 * whoever has a shell on the server ({@link com.twofactor.bootstrap.boundary.BreakGlass}).
 */
package com.twofactor.bootstrap.boundary;
