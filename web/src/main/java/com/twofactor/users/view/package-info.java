/**
 * The console pages of accounts: the Backup User list and User Profile (Backup / Restore › Users,
 * Groups &amp; Policies), the system users under System Settings › Basic › Administrative Access,
 * and the logged-in account's own page.
 */
package com.twofactor.users.view;
