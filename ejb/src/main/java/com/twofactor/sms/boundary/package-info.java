/**
 * Legacy Twilio SMS verification, administered: the Twilio settings of an upgraded install with
 * their Test, the legacy settings file imported once at start, and the phone numbers of accounts.
 * The login flow uses the SMS controls for its SMS step; this feature knows nothing of logins.
 */
package com.twofactor.sms.boundary;
