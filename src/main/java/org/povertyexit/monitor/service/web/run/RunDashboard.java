package org.povertyexit.monitor.service.web.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.web.Chart;

/**
 * What a run's dashboard shows of the counties a user sees: a card per county, the totals, and the
 * figures of its charts (failed criteria by how often they failed, remediation items by department,
 * households by status in each county). Made from the stored county parts, never the whole report.
 */
record RunDashboard(List<CountyCard> cards, Map<ExitStatus, Integer> households, Map<ExitStatus, Integer> villages,
                    Map<ExitStatus, Integer> counties, int monitored, Map<String, Integer> failedCriteria,
                    Map<Department, Integer> remediation) {

    /** A status in the colour the pages give it everywhere (pages.css: green ready, red not, grey n/a). */
    private static final Map<ExitStatus, String> STATUS_COLOURS = Map.of(ExitStatus.EXIT_READY, "#198754",
            ExitStatus.STABLE, "#20c997", ExitStatus.NOT_READY, "#dc3545", ExitStatus.WRONG_EXIT_RISK, "#fd7e14",
            ExitStatus.NOT_APPLICABLE, "#adb5bd");

    static RunDashboard of(RunRecord run, List<CountyPart> parts, StoredCounties results, CountyCards countyCards) {
        String runId = run.id();
        List<CountyCard> cards = new ArrayList<>();
        Map<ExitStatus, Integer> households = new EnumMap<>(ExitStatus.class);
        Map<ExitStatus, Integer> villages = new EnumMap<>(ExitStatus.class);
        Map<ExitStatus, Integer> counties = new EnumMap<>(ExitStatus.class);
        Map<String, Integer> failed = new TreeMap<>();
        Map<Department, Integer> remediation = new EnumMap<>(Department.class);
        int monitored = 0;
        for (CountyPart part : parts) {
            CountyReport report = results.results(runId, part.position());
            CountyCard card = countyCards.of(run, part);
            cards.add(card);
            card.households().forEach((status, n) -> households.merge(status, n, Integer::sum));
            card.villages().forEach((status, n) -> villages.merge(status, n, Integer::sum));
            counties.merge(card.status(), 1, Integer::sum);
            monitored += card.monitored();
            report.households().forEach(h -> h.failed().forEach(code -> failed.merge(code, 1, Integer::sum)));
            report.villages().forEach(v -> v.failed().forEach(code -> failed.merge(code, 1, Integer::sum)));
            report.county().failed().forEach(code -> failed.merge(code, 1, Integer::sum));
            for (RemediationItem item : report.remediation()) {
                remediation.merge(item.department(), 1, Integer::sum);
            }
        }
        return new RunDashboard(cards, households, villages, counties, monitored, failed, remediation);
    }

    /** Failed criteria, the most frequent first. */
    public Chart failedChart(Labels labels) {
        List<Map.Entry<String, Integer>> sorted = failedCriteria.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        return Chart.bar(sorted.stream().map(e -> labels.criterion(e.getKey())).toList(),
                labels.text("page.dashboard.failedTimes"), sorted.stream().map(Map.Entry::getValue).toList());
    }

    public Chart remediationChart(Labels labels) {
        return Chart.bar(remediation.keySet().stream().map(labels::department).toList(),
                labels.text("page.dashboard.items"), List.copyOf(remediation.values()));
    }

    /** Each county's households by status, stacked. */
    public Chart countyChart(Labels labels) {
        List<Chart.Series> series = new ArrayList<>();
        for (ExitStatus status : ExitStatus.values()) {
            if (households.containsKey(status)) {
                series.add(new Chart.Series(labels.status(status),
                        cards.stream().map(card -> card.households().getOrDefault(status, 0)).toList(),
                        STATUS_COLOURS.get(status)));
            }
        }
        return Chart.stacked(cards.stream().map(CountyCard::name).toList(), series);
    }
}
