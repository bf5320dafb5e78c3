package org.povertyexit.monitor.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One run of a county's series as the ledger reads it: when it assessed and was uploaded, the county's
 * remediation items in it, and the entities the county held ({@code entities}, as {@link ItemKey#entityKey}
 * names them; the county itself is held by every run of its series).
 */
public record LedgerRun(String runId, LocalDate assessmentDate, Instant uploadedAt, List<LedgerItem> items,
                        Collection<String> entities) {

    /** The series' order: by assessment date, then upload time (report-format.md), then id for a tie. */
    public static final Comparator<LedgerRun> ORDER = Comparator.comparing(LedgerRun::assessmentDate)
            .thenComparing(LedgerRun::uploadedAt).thenComparing(LedgerRun::runId);

    public RunRef ref() {
        return new RunRef(runId, assessmentDate);
    }
}
