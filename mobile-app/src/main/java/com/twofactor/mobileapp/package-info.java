/**
 * A reference client of the branded mobile app's protocol with the server: pairing from the QR
 * code, push requests listed and answered with signed requests, and the app's own TOTP codes. A
 * command-line program ({@link com.twofactor.mobileapp.Main}) and a library for system tests.
 */
package com.twofactor.mobileapp;
