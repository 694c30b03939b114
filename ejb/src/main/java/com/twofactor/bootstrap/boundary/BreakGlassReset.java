package com.twofactor.bootstrap.boundary;

/**
 * What a break-glass reset did to the built-in admin.
 *
 * @param devicesRemoved its paired (and pairing) devices, all removed
 */
public record BreakGlassReset(String loginName, int devicesRemoved) {}
