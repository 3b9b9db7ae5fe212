package org.smartcity.platform.account;

import java.util.Objects;
import java.util.Set;

/** A stored account: login name, granted role names (e.g. {@code POLICE}), whether it is switched off. Immutable. */
public record Account(String name, Set<String> roles, boolean disabled) {
    public Account {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }
}
