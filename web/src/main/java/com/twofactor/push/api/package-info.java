/**
 * The branded mobile app's API ({@code /api/v1/mobile}): pairing with a QR code's token, then the
 * push requests of its account's logins, every request signed with the app's key.
 */
package com.twofactor.push.api;
