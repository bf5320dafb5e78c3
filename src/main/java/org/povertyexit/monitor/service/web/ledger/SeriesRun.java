package org.povertyexit.monitor.service.web.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.ledger.LedgerPoint;
import org.povertyexit.monitor.service.run.RunView;

/**
 * A run of the county's series as the page's header lists it: the ledger's point after it (its counts),
 * the file it evaluated and whether it is the latest, the one the statuses are read in.
 */
public record SeriesRun(LedgerPoint point, String inputName, boolean latest) {

    /** The series in its order, each run with its file as the user's runs name it. */
    static List<SeriesRun> of(List<LedgerPoint> runs, Map<String, RunView> visible) {
        List<SeriesRun> series = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            LedgerPoint point = runs.get(i);
            RunView run = visible.get(point.runId());
            series.add(new SeriesRun(point, run == null ? null : run.inputName(), i == runs.size() - 1));
        }
        return series;
    }
}
