package org.povertyexit.monitor.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;

/** The report's summary: how many households, villages and counties have each status, every status listed. */
public final class ReportSummary {

    private final Map<ExitStatus, Integer> households = counter(List.of(ExitStatus.values()));
    private final Map<ExitStatus, Integer> villages =
            counter(List.of(ExitStatus.EXIT_READY, ExitStatus.NOT_READY, ExitStatus.NOT_APPLICABLE));
    private final Map<ExitStatus, Integer> counties = counter(List.of(ExitStatus.EXIT_READY, ExitStatus.NOT_READY));

    public void add(CountyReport county) {
        county.households().forEach(household -> households.merge(household.status(), 1, Integer::sum));
        county.villages().forEach(village -> villages.merge(village.status(), 1, Integer::sum));
        counties.merge(county.county().status(), 1, Integer::sum);
    }

    /** The level a key of {@link #counts()} names ("households": HOUSEHOLD). */
    public static Level level(String key) {
        return switch (key) {
            case "households" -> Level.HOUSEHOLD;
            case "villages" -> Level.VILLAGE;
            case "counties" -> Level.COUNTY;
            default -> throw new IllegalArgumentException("no level " + key);
        };
    }

    public Map<String, Map<ExitStatus, Integer>> counts() {
        Map<String, Map<ExitStatus, Integer>> counts = new LinkedHashMap<>();
        counts.put("households", new EnumMap<>(households));
        counts.put("villages", new EnumMap<>(villages));
        counts.put("counties", new EnumMap<>(counties));
        return counts;
    }

    public int households() {
        return households.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<ExitStatus, Integer> counter(List<ExitStatus> statuses) {
        Map<ExitStatus, Integer> counts = new EnumMap<>(ExitStatus.class);
        statuses.forEach(status -> counts.put(status, 0));
        return counts;
    }
}
