package org.povertyexit.monitor.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the labels in the reader's language ({@code labels.status(…)} in a
 * template), and the page's own address without its {@code lang}, which the language switch links to
 * (so switching keeps the reader where they are, filters and page included).
 */
@ControllerAdvice(basePackages = "org.povertyexit.monitor.service.web")
class PageModel {

    private static final ObjectMapper HEADERS = new ObjectMapper();

    @ModelAttribute("labels")
    Labels labels(Locale locale) {
        return Labels.of(Language.of(locale));
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return Language.of(locale).name().toLowerCase(Locale.ROOT);
    }

    /** The session's CSRF token as htmx sends it with every request it makes (hx-headers on the body). */
    @ModelAttribute("csrfHeaders")
    String csrfHeaders(CsrfToken token) throws JsonProcessingException {
        return token == null ? null : HEADERS.writeValueAsString(Map.of(token.getHeaderName(), token.getToken()));
    }

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang").build().toUriString();
    }
}
