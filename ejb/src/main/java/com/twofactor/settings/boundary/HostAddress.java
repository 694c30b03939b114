package com.twofactor.settings.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where the branded mobile app reaches this server, as an administrator enters it: the host name is
 * checked by {@link com.twofactor.settings.entity.HostRegistration} (a fully qualified domain name
 * or an IPv4 address).
 *
 * @param protocol {@code http} or {@code https}, in any case
 * @param name the host name or external IP address
 * @param port 1 to 65535
 */
public record HostAddress(
    @Pattern(regexp = "(?i)https?", message = "must be http or https") String protocol,
    @Size(max = 253) String name,
    Integer port) {}
