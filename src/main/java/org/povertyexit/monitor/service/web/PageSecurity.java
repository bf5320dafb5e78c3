package org.povertyexit.monitor.service.web;

import jakarta.servlet.DispatcherType;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open which page. The pages sign in with a form and keep the sign-in in a session cookie, so
 * every write (a form, an htmx request) carries the session's CSRF token; the roles are those of the API,
 * page for endpoint. The API, health and the API description keep their own chain (HTTP Basic, no
 * session; {@code user.ServiceSecurity}), asked first.
 */
@Configuration
@ConditionalOnWebApplication
class PageSecurity {

    private static final String UPLOADER = Role.UPLOADER.name();
    private static final String ANALYST = Role.ANALYST.name();
    private static final String AUDITOR = Role.AUDITOR.name();

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIns) throws Exception {
        http.authenticationManager(signIns)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.POST, "/uploads").hasAnyRole(UPLOADER, ANALYST)
                        .requestMatchers("/runs/*/what-if", "/runs/*/what-if/**", "/runs/*/sweep").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/runs/*/scenarios", "/runs/*/scenarios/**").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/runs/*/reproduce").hasRole(AUDITOR)
                        .requestMatchers("/audit", "/audit/**", "/runs/*/firings", "/runs/*/coverage").hasRole(AUDITOR)
                        .anyRequest().authenticated());
        return http.build();
    }
}
