package org.povertyexit.monitor.service.web.queue;

import org.povertyexit.monitor.service.web.PageLinks;

/** The queue's filter as the page holds it, and the export it leads to with the same filter. */
public record MonitoringFilter(String runId, String county, String village, String lang) {

    /** The queue exported (csv, xlsx) with this filter; only the flag's households when {@code flag} is given. */
    public String export(String format, String flag) {
        return PageLinks.to("/api/runs/" + runId + "/monitoring", "format", format, "county", county, "village",
                village, "flag", flag, "lang", lang);
    }
}
