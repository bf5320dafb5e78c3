package org.povertyexit.monitor.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.ReportJson;

/** How the report's two long lists (households, remediation) are keyed and written as runs, and read back. */
public final class ReportRuns {

    private static final ObjectWriter COMPACT = ReportJson.writer(false);

    private ReportRuns() {
    }

    static List<SortedRuns.Entry> households(CountyReport county) {
        return entries(county.households(), HouseholdResult::id);
    }

    /**
     * Keyed so that comparing keys as strings is {@link RemediationItem#ORDER}: the level as one character
     * of its ordinal, then entity id and criterion, each ended by U+0000, which sorts before any character
     * an id holds (so "H1" still comes before "H10").
     */
    static List<SortedRuns.Entry> remediation(CountyReport county) {
        return entries(county.remediation(), ReportRuns::remediationKey);
    }

    /** The key of a remediation item above: what a cluster sorts the report's remediation by, too. */
    public static String remediationKey(RemediationItem item) {
        return (char) ('A' + item.level().ordinal()) + item.entityId() + '\u0000' + item.criterion() + '\u0000';
    }

    private static <T> List<SortedRuns.Entry> entries(List<T> items, Function<T, String> key) {
        return items.stream().map(item -> new SortedRuns.Entry(key.apply(item), json(item)))
                .sorted(Comparator.comparing(SortedRuns.Entry::key)).toList();
    }

    private static byte[] json(Object item) {
        try {
            return COMPACT.writeValueAsBytes(item);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
