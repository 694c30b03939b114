package com.twofactor.policy.boundary;

import com.twofactor.policy.entity.PolicyGroup;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A policy group, in and out. */
public record PolicyGroupDetails(
    @NotNull @Size(max = 64) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String name,
    boolean requireTwoFactor,
    boolean defaultGroup)
    implements Serializable {

  static PolicyGroupDetails of(PolicyGroup group) {
    return new PolicyGroupDetails(group.name(), group.requiresTwoFactor(), group.isDefaultGroup());
  }
}
