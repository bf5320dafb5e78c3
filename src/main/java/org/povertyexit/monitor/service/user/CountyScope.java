package org.povertyexit.monitor.service.user;

import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * The counties a signed-in user may see. A county office's user is scoped to its counties: a run is
 * theirs when it holds one of them, and everything read from it is cut to them. A province user has no
 * scope and sees every county.
 */
public record CountyScope(Set<String> counties) {

    public static final CountyScope PROVINCE = new CountyScope(Set.of());

    public CountyScope {
        counties = Set.copyOf(counties);
    }

    /** The scope of the user behind a request; a principal this service did not sign in sees nothing. */
    public static CountyScope of(Principal principal) {
        if (principal instanceof Authentication signedIn && signedIn.getPrincipal() instanceof SignedInUser user) {
            return user.scope();
        }
        throw new IllegalStateException("no county scope for an unknown principal");
    }

    public boolean province() {
        return counties.isEmpty();
    }

    public boolean covers(String countyCode) {
        return province() || counties.contains(countyCode);
    }

    /** Whether every one of the counties is in scope. */
    public boolean coversAll(Collection<String> countyCodes) {
        return province() || counties.containsAll(countyCodes);
    }

    /** Whether at least one of the counties is in scope. */
    public boolean coversAny(Collection<String> countyCodes) {
        return province() || countyCodes.stream().anyMatch(counties::contains);
    }
}
