package org.povertyexit.monitor.service.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.povertyexit.monitor.Hashes;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every request, and checking it against its bcrypt hash takes about
 * a tenth of a second, by design; a reader paging through firings would pay that each time. A sign-in
 * that succeeded is therefore remembered for a few minutes, by a SHA-256 of name and password (never
 * the password), so that the same credentials are checked again only when the moment has passed.
 */
final class RememberedSignIns implements AuthenticationProvider {

    private static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MOST = 1000;

    private record Remembered(Authentication authentication, long until) {
    }

    private final AuthenticationProvider checked;
    private final Map<String, Remembered> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > MOST;
        }
    };

    RememberedSignIns(AuthenticationProvider checked) {
        this.checked = checked;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String key = Hashes.sha256((request.getName() + '\u0000' + request.getCredentials())
                .getBytes(StandardCharsets.UTF_8));
        long now = System.nanoTime();
        synchronized (recent) {
            Remembered remembered = recent.get(key);
            if (remembered != null && now - remembered.until() < 0) {
                return remembered.authentication();
            }
        }
        Authentication authenticated = checked.authenticate(request);
        if (authenticated != null && authenticated.isAuthenticated()) {
            synchronized (recent) {
                recent.put(key, new Remembered(authenticated, now + KEPT.toNanos()));
            }
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
