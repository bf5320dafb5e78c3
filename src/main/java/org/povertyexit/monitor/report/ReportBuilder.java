package org.povertyexit.monitor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.evaluation.CountyEvaluation;
import org.povertyexit.monitor.remediation.RemediationItem;

/** Gathers every county's part of the report in memory and sorts the lists into the report. */
public final class ReportBuilder {

    private final List<HouseholdResult> households = new ArrayList<>();
    private final List<VillageResult> villages = new ArrayList<>();
    private final List<CountyResult> counties = new ArrayList<>();
    private final List<RemediationItem> remediation = new ArrayList<>();
    private final ReportSummary summary = new ReportSummary();

    public ReportBuilder add(CountyFacts facts, CountyEvaluation evaluation) {
        return add(CountyReport.of(facts, evaluation));
    }

    public ReportBuilder add(CountyReport county) {
        households.addAll(county.households());
        villages.addAll(county.villages());
        counties.add(county.county());
        remediation.addAll(county.remediation());
        summary.add(county);
        return this;
    }

    public Report build(RunInfo run) {
        households.sort(Comparator.comparing(HouseholdResult::id));
        villages.sort(Comparator.comparing(VillageResult::code));
        counties.sort(Comparator.comparing(CountyResult::code));
        remediation.sort(RemediationItem.ORDER);
        return new Report(run, summary.counts(), List.copyOf(households), List.copyOf(villages),
                List.copyOf(counties), List.copyOf(remediation));
    }
}
