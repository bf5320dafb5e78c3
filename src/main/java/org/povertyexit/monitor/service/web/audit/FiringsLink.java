package org.povertyexit.monitor.service.web.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.springframework.web.util.UriUtils;

/**
 * The address of a run's firings search with its filters, blank ones left out, so that a search can be
 * shared as a link. Values are form-encoded, as the search's own form sends them (a rule name may hold
 * characters that a query must escape).
 */
public record FiringsLink(String runId, String rule, String criterion, String entity, String county) {

    public static FiringsLink ofRule(String runId, String rule) {
        return new FiringsLink(runId, rule, null, null, null);
    }

    public static FiringsLink ofEntity(String runId, String entity) {
        return new FiringsLink(runId, null, null, entity, null);
    }

    /** The search's first page. */
    public String href() {
        return page(0);
    }

    /** One page of the search (from 0). */
    public String page(int page) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "rule", rule);
        add(query, "criterion", criterion);
        add(query, "entity", entity);
        add(query, "county", county);
        if (page > 0) {
            add(query, "page", Integer.toString(page));
        }
        return "/runs/" + UriUtils.encodePathSegment(runId, StandardCharsets.UTF_8) + "/firings" + query;
    }

    /** Whether any filter is set. */
    public boolean filtered() {
        return given(rule) || given(criterion) || given(entity) || given(county);
    }

    private static void add(StringJoiner query, String name, String value) {
        if (given(value)) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
