package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.VillageResult;

/**
 * The difference of two reports of the same entities (report-format.md, "Scenario result"): counts
 * per level and status, every flip (status or failed criteria changed) sorted by level then id, and
 * the remediation gap per criterion. Every map is ordered, so the output is deterministic.
 */
public record ScenarioDiff(Map<String, Map<ExitStatus, BeforeAfter<Integer>>> counts, List<Flip> flips,
                           Map<String, BeforeAfter<BigDecimal>> remediationGap) {

    private record Entity(String id, ExitStatus status, List<String> failed) {
    }

    public static ScenarioDiff between(Report baseline, Report scenario) {
        List<Flip> flips = new ArrayList<>();
        flips.addAll(flips(Level.HOUSEHOLD, entities(baseline.households(), h -> new Entity(h.id(), h.status(),
                h.failed())), entities(scenario.households(), h -> new Entity(h.id(), h.status(), h.failed()))));
        flips.addAll(flips(Level.VILLAGE, entities(baseline.villages(), ScenarioDiff::village),
                entities(scenario.villages(), ScenarioDiff::village)));
        flips.addAll(flips(Level.COUNTY, entities(baseline.counties(), ScenarioDiff::county),
                entities(scenario.counties(), ScenarioDiff::county)));
        return new ScenarioDiff(counts(baseline, scenario), List.copyOf(flips),
                gaps(ReportTotals.gapTotals(baseline), ReportTotals.gapTotals(scenario)));
    }

    private static Entity village(VillageResult village) {
        return new Entity(village.code(), village.status(), village.failed());
    }

    private static Entity county(CountyResult county) {
        return new Entity(county.code(), county.status(), county.failed());
    }

    private static <T> Map<String, Entity> entities(List<T> results, Function<T, Entity> entity) {
        Map<String, Entity> byId = new TreeMap<>();
        results.forEach(result -> byId.put(entity.apply(result).id(), entity.apply(result)));
        return byId;
    }

    /** Sorted by id (TreeMap); the two reports hold the same entities, as changes never add or remove any. */
    private static List<Flip> flips(Level level, Map<String, Entity> before, Map<String, Entity> after) {
        List<Flip> flips = new ArrayList<>();
        before.forEach((id, was) -> {
            Entity now = after.get(id);
            if (now == null || was.status() == now.status() && was.failed().equals(now.failed())) {
                return;
            }
            TreeSet<String> cleared = new TreeSet<>(was.failed());
            cleared.removeAll(now.failed());
            TreeSet<String> added = new TreeSet<>(now.failed());
            added.removeAll(was.failed());
            flips.add(new Flip(level, id, was.status(), now.status(), List.copyOf(cleared), List.copyOf(added)));
        });
        return flips;
    }

    private static Map<String, Map<ExitStatus, BeforeAfter<Integer>>> counts(Report baseline, Report scenario) {
        Map<String, Map<ExitStatus, BeforeAfter<Integer>>> counts = new LinkedHashMap<>();
        baseline.summary().forEach((level, statuses) -> {
            Map<ExitStatus, BeforeAfter<Integer>> row = new EnumMap<>(ExitStatus.class);
            statuses.forEach((status, count) -> row.put(status,
                    new BeforeAfter<>(count, scenario.summary().get(level).getOrDefault(status, 0))));
            counts.put(level, row);
        });
        return counts;
    }

    private static Map<String, BeforeAfter<BigDecimal>> gaps(Map<String, BigDecimal> before,
                                                             Map<String, BigDecimal> after) {
        Map<String, BeforeAfter<BigDecimal>> gaps = new TreeMap<>();
        TreeSet<String> criteria = new TreeSet<>(before.keySet());
        criteria.addAll(after.keySet());
        criteria.forEach(criterion -> gaps.put(criterion, new BeforeAfter<>(
                before.getOrDefault(criterion, BigDecimal.ZERO), after.getOrDefault(criterion, BigDecimal.ZERO))));
        return gaps;
    }

    /** Nothing differs: same counts, no flips, same gaps. */
    public boolean unchanged() {
        return flips.isEmpty() && counts.values().stream().flatMap(row -> row.values().stream())
                .allMatch(pair -> pair.baseline().equals(pair.scenario()))
                && remediationGap.values().stream().allMatch(pair -> pair.baseline().compareTo(pair.scenario()) == 0);
    }
}
