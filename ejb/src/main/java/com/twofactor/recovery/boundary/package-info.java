/**
 * Recovery codes, the way back in when the paired device is lost: ten single-use codes per account,
 * shown once when made, accepted instead of a device code at login, made anew after a step-up.
 */
package com.twofactor.recovery.boundary;
