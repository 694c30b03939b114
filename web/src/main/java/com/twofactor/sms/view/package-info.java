/**
 * Legacy Twilio SMS in the console: the Twilio section of the 2FA tab with its Test dialog, and the
 * phone numbers of an account in its profile.
 */
package com.twofactor.sms.view;
