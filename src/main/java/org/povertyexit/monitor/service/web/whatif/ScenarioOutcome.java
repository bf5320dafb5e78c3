package org.povertyexit.monitor.service.web.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportSummary;
import org.povertyexit.monitor.scenario.Flip;
import org.povertyexit.monitor.scenario.ReportTotals;
import org.povertyexit.monitor.scenario.ScenarioResult;

/**
 * What the comparison page shows of a scenario result: its diff's counts per level and status, the
 * remediation gap per criterion, and one page of its flips (of one level, or all), each with the name
 * people know the entity by. The diff is {@link org.povertyexit.monitor.scenario.ScenarioDiff}'s, as is.
 */
public record ScenarioOutcome(List<CountRow> counts, List<GapRow> gaps, List<FlipRow> flips, Level level,
                              Map<Level, Integer> flipsByLevel, int matching, int statusChanges, int page,
                              int pages) {

    static final int PAGE_SIZE = 50;

    /** One level and status: how many in the baseline, how many in the scenario. */
    public record CountRow(String level, ExitStatus status, int baseline, int scenario) {
        public int change() {
            return scenario - baseline;
        }

        /** Green when the change is for the better (more ready or stable, fewer failing), red when for the worse. */
        public String tone() {
            int better = switch (status) {
                case EXIT_READY, STABLE -> change();
                case NOT_READY, WRONG_EXIT_RISK -> -change();
                case NOT_APPLICABLE -> 0;
            };
            return better > 0 ? "text-success" : better < 0 ? "text-danger" : "text-body-secondary";
        }
    }

    /** A criterion's remediation gap on both sides, in its unit (yuan, persons, children). */
    public record GapRow(String criterion, String unit, BigDecimal baseline, BigDecimal scenario) {
        public BigDecimal change() {
            return scenario.subtract(baseline);
        }

        /** Decimals to show: yuan to the cent, persons and children whole. */
        public int decimals() {
            return ScenarioOutcome.decimals(List.of(baseline, scenario));
        }
    }

    /** A flip, its name, and the segment of its page under a run: {@code households} (for H0001). */
    public record FlipRow(Flip flip, String name, String segment) {
    }

    static ScenarioOutcome of(ScenarioResult result, Level level, int page) {
        List<CountRow> counts = new ArrayList<>();
        result.diff().counts().forEach((key, statuses) -> statuses.forEach((status, pair) ->
                counts.add(new CountRow(key, status, pair.baseline(), pair.scenario()))));
        Map<String, String> units = ReportTotals.gapUnits(result.baseline());
        ReportTotals.gapUnits(result.scenario()).forEach(units::putIfAbsent);
        List<GapRow> gaps = new ArrayList<>();
        result.diff().remediationGap().forEach((criterion, pair) ->
                gaps.add(new GapRow(criterion, units.get(criterion), pair.baseline(), pair.scenario())));
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        List<Flip> matching = new ArrayList<>();
        for (Flip flip : result.diff().flips()) {
            byLevel.merge(flip.level(), 1, Integer::sum);
            if (level == null || flip.level() == level) {
                matching.add(flip);
            }
        }
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        Map<String, String> names = names(result.baseline());
        List<FlipRow> rows = matching.subList((shown - 1) * PAGE_SIZE, Math.min(matching.size(), shown * PAGE_SIZE))
                .stream().map(flip -> new FlipRow(flip, names.get(flip.level() + " " + flip.id()),
                        segment(flip.level()))).toList();
        int statusChanges = (int) result.diff().flips().stream().filter(Flip::statusChanged).count();
        return new ScenarioOutcome(counts, gaps, rows, level, byLevel, matching.size(), statusChanges, shown, pages);
    }

    /** The badge of a status: ready or stable green, failing red, not applicable grey. */
    public String badge(ExitStatus status) {
        return switch (status) {
            case EXIT_READY, STABLE -> "text-bg-success";
            case NOT_READY, WRONG_EXIT_RISK -> "text-bg-danger";
            case NOT_APPLICABLE -> "text-bg-secondary";
        };
    }

    /** The decimals the most precise of the amounts needs, at most two (a cent). */
    static int decimals(List<BigDecimal> amounts) {
        return amounts.stream().mapToInt(amount -> Math.max(0, Math.min(2, amount.stripTrailingZeros().scale())))
                .max().orElse(0);
    }

    public int totalFlips() {
        return flipsByLevel.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The label key of a count row's level ("households": its Level). */
    public Level levelOf(CountRow row) {
        return ReportSummary.level(row.level());
    }

    /** A household by its village's name, a village or county by its own. */
    private static Map<String, String> names(Report report) {
        Map<String, String> names = new HashMap<>();
        report.households().forEach(h -> names.put(Level.HOUSEHOLD + " " + h.id(), h.villageName()));
        report.villages().forEach(v -> names.put(Level.VILLAGE + " " + v.code(), v.name()));
        report.counties().forEach(c -> names.put(Level.COUNTY + " " + c.code(), c.name()));
        return names;
    }

    private static String segment(Level level) {
        return switch (level) {
            case HOUSEHOLD -> "households";
            case VILLAGE -> "villages";
            case COUNTY -> "counties";
        };
    }
}
