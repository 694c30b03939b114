/**
 * Legacy Twilio SMS, the rules and the adapter: passcodes ({@code ABCD-123456}, kept as keyed
 * hashes), the SMS text, phone numbers checked and formatted with libphonenumber, the one
 * definition of a legacy backup client, and the Twilio gateway over the twilio-java SDK.
 */
package com.twofactor.sms.control;
