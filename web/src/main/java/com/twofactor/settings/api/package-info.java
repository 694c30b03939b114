/**
 * The two-factor settings over HTTP: {@code GET|PUT /api/v1/settings/two-factor} and {@code POST
 * /api/v1/settings/two-factor/host-test}, mapped onto {@link
 * com.twofactor.settings.boundary.SettingsAdministration}, which decides who may do what.
 */
package com.twofactor.settings.api;
