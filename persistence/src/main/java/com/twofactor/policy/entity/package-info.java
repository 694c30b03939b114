/**
 * Policy groups: the sets of backup users that share rules, among them "Require Two-Factor
 * Authentication for user logon". Exactly one group is the default for new users.
 */
package com.twofactor.policy.entity;
