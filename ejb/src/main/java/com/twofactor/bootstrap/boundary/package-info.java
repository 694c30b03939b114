/**
 * Starting the application: the data source (defined from MicroProfile Config, so the database is
 * chosen by configuration alone), the schema migrations, the check that this node holds the keys
 * the database was first used with, and what a first start creates (the built-in admin, the default
 * policy group, and optional demo data).
 */
package com.twofactor.bootstrap.boundary;
