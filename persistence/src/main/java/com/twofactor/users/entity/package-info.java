/**
 * Accounts that log in: system users (administrators and API users, by role) and backup users (the
 * backup clients' owners, paid or trial). An account carries its password hash, its two-factor
 * flags and its login-failure counter; the rules that change them live in the business layer, the
 * invariants of a single account live here.
 */
package com.twofactor.users.entity;
