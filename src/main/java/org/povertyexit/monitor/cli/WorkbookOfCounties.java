package org.povertyexit.monitor.cli;

import java.util.List;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.workbook.ReportWorkbook;
import org.povertyexit.monitor.streaming.CountyObserver;

/** Feeds each county, as it is done, into the report workbook ({@code evaluate --xlsx}), in county order. */
final class WorkbookOfCounties implements CountyObserver<CountyReport> {

    private final ReportWorkbook workbook;

    WorkbookOfCounties(ReportWorkbook workbook) {
        this.workbook = workbook;
    }

    @Override
    public CountyReport evaluated(CountyFacts facts, CountyReport report, List<byte[]> canonical) {
        return report;
    }

    @Override
    public void done(CountyFacts facts, CountyReport report) {
        workbook.add(facts, report);
    }
}
