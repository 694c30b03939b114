/**
 * The console page System Settings › Basic: its Two-Factor Authentication (2FA) tab edits the
 * server's two-factor settings and tests the branded app's host registration through {@link
 * com.twofactor.settings.boundary.SettingsAdministration}.
 */
package com.twofactor.settings.view;
