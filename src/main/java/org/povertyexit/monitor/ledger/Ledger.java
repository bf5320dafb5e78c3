package org.povertyexit.monitor.ledger;

import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.remediation.Department;

/**
 * The remediation ledger of a county (整改台账, 逐项销号): every item listed in any run of the county's series,
 * where it stands in the latest run, a summary per department and how the counts moved run after run.
 * Made in one walk over the runs in series order ({@link SeriesWalk}); the same for stored runs and for
 * report files.
 */
public record Ledger(String county, List<LedgerPoint> runs, Map<Department, LedgerCounts> summary,
                     LedgerCounts total, List<LedgerEntry> entries) {

    /** The ledger of {@code county} over its runs, in any order (they are walked in series order). */
    public static Ledger of(String county, List<LedgerRun> series) {
        SeriesWalk walk = new SeriesWalk(county, series.stream().mapToInt(run -> run.entities().size()).max()
                .orElse(0));
        series.stream().sorted(LedgerRun.ORDER).forEach(walk::add);
        return walk.ledger();
    }

    /** Only the entries of a department and a status (either may be null: all); the counts stay whole. */
    public Ledger filtered(Department department, ItemStatus status) {
        List<LedgerEntry> kept = entries.stream().filter(e -> department == null || e.department() == department)
                .filter(e -> status == null || e.status() == status).toList();
        return new Ledger(county, runs, summary, total, kept);
    }

    public LedgerPoint latest() {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }
}
