package org.povertyexit.monitor.service.web.ledger;

import java.util.List;
import java.util.Locale;
import org.povertyexit.monitor.ledger.ItemStatus;
import org.povertyexit.monitor.ledger.LedgerEntry;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.service.web.PageLinks;

/**
 * The ledger page's filter as its address holds it (county, department, status, a piece of an entity id),
 * the entries it keeps, and the addresses it leads to: the page with other counts chosen, and the API's
 * exports of the same entries.
 */
public record LedgerFilter(String county, Department department, ItemStatus status, String text, String lang) {

    static final String PAGE = "/ledger";

    /** The county's ledger entries this filter keeps (department and status already kept by the ledger). */
    List<LedgerEntry> kept(List<LedgerEntry> entries) {
        if (text == null) {
            return entries;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.entityId().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** The ledger exported (csv, xlsx) by the API with this filter; the API has no text filter, so it goes. */
    public String export(String format) {
        return PageLinks.to("/api/ledger", "county", county, "department", name(department), "status", name(status),
                "format", format, "lang", lang);
    }

    /** This county's page showing a department's (null: every department's) entries of a status (null: all). */
    public String showing(Department shownDepartment, ItemStatus shownStatus) {
        return PageLinks.to(PAGE, "county", county, "department", name(shownDepartment), "status",
                name(shownStatus), "q", text);
    }

    public boolean chose(Department other) {
        return other == department;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
