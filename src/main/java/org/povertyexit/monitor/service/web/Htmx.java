package org.povertyexit.monitor.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;

/**
 * What a page answers an htmx request with (a filter changed, another page of rows): the fragment it swaps
 * in. The same address opened directly, or restored from history, is the whole page, so an address pushed
 * to the browser's history can be bookmarked and shared.
 */
public final class Htmx {

    private static final String REQUEST = "HX-Request";
    private static final String HISTORY_RESTORE = "HX-History-Restore-Request";

    private Htmx() {
    }

    /**
     * The view: {@code page}'s {@code fragment} for htmx, else the whole {@code page}; the model's
     * {@code swapped} says which (a fragment may bring parts of the page around it up to date).
     */
    public static String view(HttpServletRequest request, HttpServletResponse response, Model model, String page,
                              String fragment) {
        boolean swapped = swapped(request, response);
        model.addAttribute("swapped", swapped);
        return swapped ? page + " :: " + fragment : page;
    }

    /**
     * Whether htmx asks for a part to swap in (not restoring a page its history cache lacks, which wants it
     * whole); the answer is marked as differing by that header.
     */
    public static boolean swapped(HttpServletRequest request, HttpServletResponse response) {
        // the two answers differ by this header alone: a cache must not give one for the other
        response.addHeader(HttpHeaders.VARY, REQUEST);
        return request.getHeader(REQUEST) != null && request.getHeader(HISTORY_RESTORE) == null;
    }
}
