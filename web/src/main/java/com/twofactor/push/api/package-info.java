/**
 * The branded mobile app's pairing offer as JSON, for the login's setup step and "My 2FA devices";
 * the app's own API ({@code /api/v1/mobile}) is the login's ({@code login.api.MobileResource}).
 */
package com.twofactor.push.api;
