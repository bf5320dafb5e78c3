package org.povertyexit.monitor.service.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses a page links to: itself with one parameter changed (a pager keeps the filters and the other
 * lists' pages), and another address with the filters given (an export carries the page's filters).
 */
public final class PageLinks {

    /** The parameter of a list's page: {@code page}, or {@code page.NAME} where a page has several lists. */
    public static final String PAGE = "page";

    private final String here;

    private PageLinks(String here) {
        this.here = here;
    }

    /** The page a model is for: its address as {@link PageModel} gives every page ({@code here}). */
    public static PageLinks of(Model model) {
        return new PageLinks((String) model.getAttribute("here"));
    }

    /** This page with the parameter set to the value. */
    public String with(String name, Object value) {
        return UriComponentsBuilder.fromUriString(here).replaceQueryParam(name, value).build().toUriString();
    }

    /** This page filtered anew by the parameter: its lists start again at their first page. */
    public String choosing(String name, Object value) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(here).replaceQueryParam(name, value);
        link.build().getQueryParams().keySet().stream().filter(key -> key.equals(PAGE) || key.startsWith(PAGE + "."))
                .toList().forEach(link::replaceQueryParam);
        return link.build().toUriString();
    }

    /** {@code path} with the parameters given as name, value, name, value, …; blank values left out; encoded. */
    public static String to(String path, String... namesAndValues) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                link.queryParam(namesAndValues[i], value);
            }
        }
        return link.encode().build().toUriString();
    }

    /** A filter's value as chosen: null for none (a form sends a blank choice as ""). */
    public static String chosen(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A page number as asked (blank: the first); anything but a number is 400. */
    public static int pageNumber(String asked) {
        if (asked == null || asked.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(asked.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a page is a number, not '" + asked + "'");
        }
    }
}
