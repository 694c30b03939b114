/**
 * The provider's branded mobile app as the server meets it: it pairs with a one-time token from a
 * QR code, then lists and answers the push requests of its account's logins with requests signed by
 * its key.
 */
package com.twofactor.push.boundary;
