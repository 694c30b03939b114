/**
 * Logging in: the password step, the lockout after repeated failures, and the access token a
 * completed login earns. A login is a small state machine ({@link
 * com.twofactor.login.boundary.LoginStep}) so that second-factor steps slot in between the password
 * and completion; the console and the API drive the same machine.
 */
package com.twofactor.login.boundary;
