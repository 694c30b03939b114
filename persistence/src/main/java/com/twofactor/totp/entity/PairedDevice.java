package com.twofactor.totp.entity;

import java.io.Serializable;

/** A paired device as lists of accounts show it: its name and what kind of app it is. */
public record PairedDevice(String name, DeviceKind kind) implements Serializable {}
