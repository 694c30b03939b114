/**
 * Writing the audit trail: each line in a transaction of its own, counted lines raised in place.
 */
package com.twofactor.audit.control;
