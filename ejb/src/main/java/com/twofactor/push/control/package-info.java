/**
 * The branded mobile app's protocol, under its boundary: pairing offers with one-time tokens, the
 * verification of signed device requests, number matching, and the push notifier with its relay.
 */
package com.twofactor.push.control;
