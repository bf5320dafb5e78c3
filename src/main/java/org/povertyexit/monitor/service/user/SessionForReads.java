package org.povertyexit.monitor.service.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Lets the pages' sign-in reach the API's reads: a GET under {@code /api} from a signed-in page (an
 * export link, a workbook download) uses the page session, so each export has one endpoint. Writes never
 * do: a write to the API authenticates itself (HTTP Basic), so a session cookie a browser sends along with
 * a forged request from another site can write nothing. The API never creates a session.
 */
final class SessionForReads implements SecurityContextRepository {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final SecurityContextRepository session = new HttpSessionSecurityContextRepository();
    private final SecurityContextRepository request = new RequestAttributeSecurityContextRepository();

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest http) {
        DeferredSecurityContext own = request.loadDeferredContext(http);
        if (!READS.contains(http.getMethod())) {
            return own;
        }
        DeferredSecurityContext fromSession = session.loadDeferredContext(http);
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                return own.isGenerated() ? fromSession.get() : own.get();
            }

            @Override
            public boolean isGenerated() {
                return own.isGenerated() && fromSession.isGenerated();
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        return SecurityContextHolder.createEmptyContext();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest http, HttpServletResponse response) {
        request.saveContext(context, http, response);
    }

    /**
     * A read signed in by its session holds a context already: were it new, session management would take
     * it for a sign-in made by this request and renew the session's id, leaving the page's cookie stale.
     */
    @Override
    public boolean containsContext(HttpServletRequest http) {
        return request.containsContext(http) || READS.contains(http.getMethod()) && session.containsContext(http);
    }
}
