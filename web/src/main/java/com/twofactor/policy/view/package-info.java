/**
 * The console pages of policy groups (Backup / Restore › Users, Groups &amp; Policies › Policy
 * Group): the list, a new group, and one group with its "Require Two-Factor Authentication for user
 * logon" setting.
 */
package com.twofactor.policy.view;
