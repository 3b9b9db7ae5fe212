package org.smartcity.app.web;

import java.util.Objects;
import java.util.Set;

/** A signed-in person: the login name (never blank) and the roles granted to it (never empty). */
public record WebUser(String name, Set<Role> roles) {
    public WebUser {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a user name must not be blank");
        }
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user " + name + " has no role");
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
