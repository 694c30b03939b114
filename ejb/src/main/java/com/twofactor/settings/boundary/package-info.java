/**
 * The server's two-factor settings: mobile authentication on or off, the authenticator app, the
 * branded app's host registration and its Test, and whether system users must use two-factor
 * authentication. {@link com.twofactor.settings.boundary.SettingsAdministration} owns every change:
 * every admin role and both API roles read the settings, only admins change or test them, a change
 * based on an outdated version is refused, and every change is audited field by field.
 */
package com.twofactor.settings.boundary;
