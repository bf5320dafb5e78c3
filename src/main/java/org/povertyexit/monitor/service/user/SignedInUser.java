package org.povertyexit.monitor.service.user;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A user as Spring Security holds them once signed in: name, roles and the county scope. */
final class SignedInUser extends User {

    private final CountyScope scope;

    SignedInUser(String name, String passwordHash, Collection<? extends GrantedAuthority> roles, CountyScope scope) {
        super(name, passwordHash, roles);
        this.scope = scope;
    }

    CountyScope scope() {
        return scope;
    }
}
