/**
 * The rules of account administration, plain Java tested with {@code new}: which accounts a caller
 * may change the access of (disable, enable, reset devices).
 */
package com.twofactor.users.control;
