/**
 * Logging into the console through Jakarta Security: one authentication mechanism for the whole
 * application (console sessions; API bearer tokens handed to MicroProfile JWT), an identity store
 * that runs the same login as the API, and the login page.
 */
package com.twofactor.login.view;
