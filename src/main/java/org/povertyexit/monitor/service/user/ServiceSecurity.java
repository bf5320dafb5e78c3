package org.povertyexit.monitor.service.user;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what through the API. The API takes HTTP Basic over each request (no session, so no cookie
 * to forge a request with from another site); the recorded "who" of a run is the authenticated user.
 * Anonymous requests get 401, a role that may not do something 403. The pages sign in with a form and
 * a session instead ({@code web.PageSecurity}), with the same users, roles and password check.
 */
@Configuration
public class ServiceSecurity {

    private static final String UPLOADER = Role.UPLOADER.name();
    private static final String ANALYST = Role.ANALYST.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIns) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authenticationManager(signIns)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a page's sign-in reaches the API's reads (exports), never its writes
                .securityContext(context -> context.securityContextRepository(new SessionForReads()))
                .httpBasic(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests
                        // an error's answer (404, 413, …) is written on a second dispatch, for whoever asked
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/api/users", "/api/users/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/rule-sets").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/rule-sets").hasAnyRole(ADMIN, AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/runs").hasAnyRole(UPLOADER, ANALYST)
                        .requestMatchers(HttpMethod.POST, "/api/runs/*/scenarios").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/api/runs/*/reproduce").hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/runs/*/households/*/members/*/id-number")
                        .hasRole(AUDITOR)
                        .requestMatchers("/api/runs/*/firings", "/api/runs/*/coverage", "/api/audit/**")
                        .hasRole(AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(UPLOADER, ANALYST, AUDITOR, ADMIN)
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Passwords checked against their hashes, a success remembered for a few minutes. */
    @Bean
    AuthenticationManager signIns(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(passwords);
        return new ProviderManager(new RememberedSignIns(checked));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(UserStore store) {
        return name -> store.find(name).map(user -> new SignedInUser(user.name(), user.passwordHash(),
                        user.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList(),
                        new CountyScope(user.counties())))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
