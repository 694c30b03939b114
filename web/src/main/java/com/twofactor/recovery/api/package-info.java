/** The logged-in account's recovery codes over HTTP: a new set after a step-up, shown once. */
package com.twofactor.recovery.api;
