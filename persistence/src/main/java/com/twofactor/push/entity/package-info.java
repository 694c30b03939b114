/**
 * The provider's branded mobile app: one-time pairing tokens (hashed), push approval requests with
 * the number the user must match, and the device request signatures already used.
 */
package com.twofactor.push.entity;
