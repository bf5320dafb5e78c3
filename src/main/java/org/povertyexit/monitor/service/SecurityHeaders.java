package org.povertyexit.monitor.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response that keep a browser from misusing what the service sends: no content-type
 * sniffing, no framing, no referrer, scripts and styles from the service itself only; and nothing under
 * {@code /api} kept in a cache, since results name households and exports hold members.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)   // before sign-in, so that a 401 carries them too
public class SecurityHeaders extends OncePerRequestFilter {

    // Swagger UI styles itself inline and draws with data: images; nothing else is allowed in
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", POLICY);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
