package org.povertyexit.monitor.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class RememberedSignInsTest {

    private final AtomicInteger checks = new AtomicInteger();

    /** Accepts "zhang" with "right password" only, counting how often it is asked. */
    private final AuthenticationProvider checked = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            checks.incrementAndGet();
            if (request.getName().equals("zhang") && "right password".equals(request.getCredentials())) {
                return UsernamePasswordAuthenticationToken.authenticated("zhang", null, List.of());
            }
            throw new BadCredentialsException("bad credentials");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    @Test
    void aSuccessfulSignInIsRememberedAndAWrongPasswordIsCheckedEveryTime() {
        RememberedSignIns signIns = new RememberedSignIns(checked);

        assertThat(signIns.authenticate(token("zhang", "right password")).isAuthenticated()).isTrue();
        assertThat(signIns.authenticate(token("zhang", "right password")).isAuthenticated()).isTrue();
        assertThat(checks).hasValue(1);

        assertThatThrownBy(() -> signIns.authenticate(token("zhang", "wrong password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIns.authenticate(token("zhang", "wrong password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    private static Authentication token(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }
}
