package org.povertyexit.monitor.service.web.queue;

import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.service.monitoring.MonitoringRow;
import org.povertyexit.monitor.service.web.PageLinks;
import org.povertyexit.monitor.service.web.RowPage;

/**
 * The households under one monitoring flag, as the queue shows them: how many, and the page of them
 * asked for ({@code page.M-EDGE=2} pages this group alone, the others staying where they are).
 */
public record FlagGroup(String flag, RowPage<MonitoringRow> page) {

    /** The page parameter of a flag's group. */
    public static String pageParameter(String flag) {
        return PageLinks.PAGE + "." + flag;
    }

    /** One group per flag, in the flags' order, each on the page its parameter asks for. */
    static List<FlagGroup> of(List<String> flags, List<MonitoringRow> rows, Map<String, Integer> pages, int size) {
        return flags.stream().map(flag -> new FlagGroup(flag, RowPage.of(rows.stream()
                .filter(row -> row.flag().equals(flag)).toList(), pages.getOrDefault(flag, 1), size))).toList();
    }

    public int count() {
        return page.total();
    }

    public String pageParameter() {
        return pageParameter(flag);
    }
}
