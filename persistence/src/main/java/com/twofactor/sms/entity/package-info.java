/**
 * Legacy Twilio SMS verification, stored: the Twilio settings of an upgraded install (the auth
 * token encrypted in a table of its own), the phone numbers of accounts in E.164 with their pending
 * verification passcode, and the repositories whose conditional updates decide races in the
 * database.
 */
package com.twofactor.sms.entity;
