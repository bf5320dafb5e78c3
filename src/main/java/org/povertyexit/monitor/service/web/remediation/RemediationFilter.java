package org.povertyexit.monitor.service.web.remediation;

import org.povertyexit.monitor.service.web.PageLinks;

/** The list's filter as the page holds it, and the export it leads to with the same filter. */
public record RemediationFilter(String runId, String county, String village, String criterion, String department,
                                String lang) {

    /** The remediation list exported (csv, xlsx) by the API with this filter. */
    public String export(String format) {
        return PageLinks.to("/api/runs/" + runId + "/remediation", "format", format, "department", department,
                "county", county, "village", village, "criterion", criterion, "lang", lang);
    }
}
