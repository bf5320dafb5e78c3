package org.povertyexit.monitor.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.ReportSummary;
import org.povertyexit.monitor.report.VillageResult;
import org.povertyexit.monitor.streaming.CountyObserver;
import org.povertyexit.monitor.streaming.StreamedEvaluation.Written;

/**
 * What {@code evaluate} prints for a county official: per county its name and status, the three rates
 * and recognition (三率一度) against their standards, its villages and households by status, the most
 * frequent failures and the remediation items by department. Gathered county by county as they are
 * evaluated (a few numbers each, whatever the size of the input), printed at the end.
 */
final class EvaluationSummary implements CountyObserver<EvaluationSummary.CountyLine> {

    private static final int TOP_FAILURES = 3;

    /** One county's part of the summary. */
    record CountyLine(County county, CountyResult result, Map<ExitStatus, Integer> villages,
                      Map<ExitStatus, Integer> households, Map<String, Integer> failures,
                      Map<Department, Integer> remediation) {
    }

    private final List<CountyLine> counties = new ArrayList<>();

    @Override
    public CountyLine evaluated(CountyFacts facts, CountyReport report, List<byte[]> canonical) {
        Map<String, Integer> failures = new TreeMap<>();
        report.households().stream().map(HouseholdResult::failed).forEach(f -> count(f, failures));
        report.villages().stream().map(VillageResult::failed).forEach(f -> count(f, failures));
        count(report.county().failed(), failures);
        Map<Department, Integer> remediation = new EnumMap<>(Department.class);
        report.remediation().stream().map(RemediationItem::department)
                .forEach(department -> remediation.merge(department, 1, Integer::sum));
        ReportSummary statuses = new ReportSummary();
        statuses.add(report);
        return new CountyLine(facts.county(), report.county(), statuses.counts().get("villages"),
                statuses.counts().get("households"), failures, remediation);
    }

    @Override
    public void done(CountyFacts facts, CountyLine county) {
        counties.add(county);
    }

    void print(PrintWriter out, Labels labels, Written written) {
        ParameterSet parameters = written.parameters();
        out.println(labels.text("summary.title", Integer.toString(written.run().assessmentYear()),
                written.run().assessmentDate().toString()));
        int villages = written.summary().get("villages").values().stream().mapToInt(Integer::intValue).sum();
        out.println(labels.text("summary.totals", Integer.toString(counties.size()), Integer.toString(villages),
                Integer.toString(written.households())));
        for (CountyLine line : counties) {
            out.println();
            out.println(labels.text("summary.county", line.county().name(), line.county().code(),
                    labels.status(line.result().status())));
            CountyResult.Rates rates = line.result().rates();
            ParameterSet applied = parameters.forCounty(line.county().code());
            out.println("  " + labels.text("summary.rates"));
            out.println("    " + rate(labels, line, "C-INCIDENCE", rates.incidence(), "summary.below",
                    applied.value("county.incidence_max." + line.county().regionKey())));
            out.println("    " + rate(labels, line, "C-WRONG-EXIT", rates.wrongExit(), "summary.below",
                    applied.value("county.wrong_exit_max")));
            out.println("    " + rate(labels, line, "C-MISSED", rates.missed(), "summary.below",
                    applied.value("county.missed_max")));
            out.println("    " + rate(labels, line, "C-RECOGNITION", rates.recognition(), "summary.at-least",
                    applied.value("county.recognition_min")));
            out.println("  " + labels.text("summary.villages", counts(labels, line.villages())));
            out.println("  " + labels.text("summary.households", counts(labels, line.households())));
            out.println("  " + labels.text("summary.top-failed", topFailures(labels, line.failures())));
            out.println("  " + labels.text("summary.remediation", line.remediation().isEmpty()
                    ? labels.text("summary.none") : line.remediation().entrySet().stream()
                    .map(e -> labels.text("summary.department-count", labels.department(e.getKey()),
                            Integer.toString(e.getValue())))
                    .collect(Collectors.joining(labels.text("summary.separator")))));
        }
        out.flush();
    }

    /** A rate named, as a percentage against its standard, and whether the county's criterion passed. */
    private static String rate(Labels labels, CountyLine line, String criterion, BigDecimal value, String comparison,
                               BigDecimal standard) {
        String shown = value == null ? labels.text("summary.no-sample") : percent(value);
        String verdict = line.result().failed().contains(criterion) ? labels.text("summary.fails")
                : labels.text("summary.passes");
        return labels.text("summary.rate", labels.criterion(criterion), shown, labels.text(comparison),
                percent(standard), verdict);
    }

    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String counts(Labels labels, Map<ExitStatus, Integer> byStatus) {
        return byStatus.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> labels.text("summary.count", labels.status(e.getKey()), Integer.toString(e.getValue())))
                .collect(Collectors.joining(labels.text("summary.separator")));
    }

    private static String topFailures(Labels labels, Map<String, Integer> failures) {
        if (failures.isEmpty()) {
            return labels.text("summary.none");
        }
        return failures.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_FAILURES).map(e -> labels.text("summary.failure", labels.criterion(e.getKey()), e.getKey(),
                        Integer.toString(e.getValue())))
                .collect(Collectors.joining(labels.text("summary.separator")));
    }

    private static void count(List<String> codes, Map<String, Integer> counts) {
        codes.forEach(code -> counts.merge(code, 1, Integer::sum));
    }
}
