package com.twofactor.settings.boundary;

import com.twofactor.settings.entity.TwoFactorSettings;
import jakarta.validation.constraints.Size;

/**
 * The provider's branded mobile app as users see it on the pairing screen: its display name and
 * where to download it. Every part is optional; {@code null} in a change keeps what is saved.
 */
public record BrandedAppDetails(
    @Size(max = 64) String name,
    @Size(max = 512) String appStoreUrl,
    @Size(max = 512) String playStoreUrl) {

  /** Nothing saved. */
  public static final BrandedAppDetails NONE = new BrandedAppDetails(null, null, null);

  static BrandedAppDetails of(TwoFactorSettings settings) {
    return new BrandedAppDetails(
        settings.brandedAppName().orElse(null),
        settings.appStoreUrl().orElse(null),
        settings.playStoreUrl().orElse(null));
  }

  /** This change over what is saved: a part left null keeps the saved one. */
  BrandedAppDetails over(BrandedAppDetails saved) {
    return new BrandedAppDetails(
        name == null ? saved.name : name,
        appStoreUrl == null ? saved.appStoreUrl : appStoreUrl,
        playStoreUrl == null ? saved.playStoreUrl : playStoreUrl);
  }
}
