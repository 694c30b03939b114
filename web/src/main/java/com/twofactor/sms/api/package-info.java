/**
 * Legacy Twilio SMS over HTTP: the Twilio settings with their Test ({@code /settings/twilio}) and
 * the phone numbers of accounts ({@code /accounts/{loginName}/phones}).
 */
package com.twofactor.sms.api;
