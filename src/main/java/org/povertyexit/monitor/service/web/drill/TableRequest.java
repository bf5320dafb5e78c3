package org.povertyexit.monitor.service.web.drill;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Whether a drill-down address is asked for its table alone: htmx asks so when a table's control
 * changes (HX-Request); opened directly, or restored by htmx from the server when its history cache
 * lacks the page (HX-History-Restore-Request), the address answers with the whole page.
 */
final class TableRequest {

    private TableRequest() {
    }

    static boolean tableOnly(HttpServletRequest request, HttpServletResponse response) {
        // one address, two answers: a cache must tell them apart
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
