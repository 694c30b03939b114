package com.twofactor.settings.boundary;

import com.twofactor.settings.entity.AuthenticatorApp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The whole new two-factor settings an administrator saves, based on the version they read.
 *
 * @param version the version the change was based on; a change based on an older one is refused
 * @param thirdPartyName the display name, required for {@link AuthenticatorApp#THIRD_PARTY}
 * @param host the branded app's host registration; {@code null} removes it, and it is required
 *     while mobile authentication is on with the branded app
 * @param confirmTwilioRemoval the administrator confirmed that switching mobile authentication on
 *     deletes legacy Twilio SMS verification for good (only asked while Twilio is active)
 * @param brandedApp the branded mobile app's display name and store links; null keeps them, and so
 *     does a null part (an empty one clears it)
 */
public record TwoFactorSettingsChanges(
    @NotNull Long version,
    boolean mobileAuthentication,
    @NotNull AuthenticatorApp authenticatorApp,
    @Size(max = 64) String thirdPartyName,
    @Valid HostAddress host,
    boolean requireForSystemUsers,
    boolean confirmTwilioRemoval,
    @Valid BrandedAppDetails brandedApp) {}
