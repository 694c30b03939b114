/** Making, hashing and spending recovery codes. */
package com.twofactor.recovery.control;
