package org.povertyexit.monitor.service.user;

import java.util.Set;

/** A user as stored: the name, the password's hash, the roles and the counties in scope (empty: all). */
public record ServiceUser(String name, String passwordHash, Set<Role> roles, Set<String> counties) {

    public ServiceUser {
        roles = Set.copyOf(roles);
        counties = Set.copyOf(counties);
    }
}
