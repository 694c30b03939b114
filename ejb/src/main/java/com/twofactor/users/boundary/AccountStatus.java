package com.twofactor.users.boundary;

import java.io.Serializable;

/** Whether an account may log in. */
public record AccountStatus(String loginName, boolean disabled) implements Serializable {}
