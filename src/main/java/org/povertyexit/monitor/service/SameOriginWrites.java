package org.povertyexit.monitor.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that remembers a user's Basic credentials sends them with a form another site posts: a
 * hostile page could upload in that user's name. A write under {@code /api} that a browser says comes
 * from another site ({@code Origin} of another host, or {@code Sec-Fetch-Site: cross-site}) is refused
 * with 403; clients that are not browsers send neither header and are not affected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SameOriginWrites extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/api/") && !READS.contains(request.getMethod())
                && crossSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"a write from another site is refused: send it from the "
                    + "service's own pages or from a client that is not a browser\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean crossSite(HttpServletRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            return !request.getServerName().equalsIgnoreCase(from.getHost())
                    || request.getServerPort() != (from.getPort() < 0 ? defaultPort(from) : from.getPort());
        } catch (IllegalArgumentException e) {
            return true;   // "null" (a sandboxed page) or garbage: not the service's own page
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
