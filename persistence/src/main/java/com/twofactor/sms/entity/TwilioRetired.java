package com.twofactor.sms.entity;

/**
 * Twilio was switched off for good, in the transaction that fires this (a synchronous CDI event):
 * whatever holds SMS state of its own (open logins waiting for an SMS passcode) ends it there too,
 * so it all happens or none of it.
 */
public record TwilioRetired() {}
