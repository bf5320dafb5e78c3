package org.povertyexit.monitor.service.firing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.springframework.stereotype.Component;

/**
 * A run's firings as auditors read them, from the county blocks it stored: a page skips whole counties
 * by the counts their rows keep, and decodes only the counties it shows; an entity's firings are in
 * the one county that holds it.
 */
@Component
public class FiringStore {

    /** A filter of the firings listing; null or blank fields match everything. */
    public record Filter(String rule, String criterion, String entity, String county) {

        boolean matches(FiringRecord f) {
            return (blank(rule) || rule.equals(f.rule())) && (blank(criterion) || criterion.equals(f.criterion()))
                    && (blank(entity) || entity.equals(f.entityId()));
        }
    }

    private final StoredCounties counties;

    public FiringStore(StoredCounties counties) {
        this.counties = counties;
    }

    public List<FiringRecord> page(String runId, Filter filter, int page, int size) {
        long skip = (long) page * size;
        List<FiringRecord> shown = new ArrayList<>();
        for (CountyPart county : candidates(runId, filter)) {
            long here = count(runId, county, filter);
            if (skip >= here) {
                skip -= here;
                continue;
            }
            for (FiringRecord f : counties.firings(runId, county, blank(filter.entity()) ? null : filter.entity())) {
                if (!filter.matches(f)) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                } else if (shown.size() < size) {
                    shown.add(f);
                } else {
                    return shown;
                }
            }
        }
        return shown;
    }

    public long count(String runId, Filter filter) {
        return candidates(runId, filter).stream().mapToLong(county -> count(runId, county, filter)).sum();
    }

    /** The firings that concern one entity, in order. */
    public List<FiringRecord> forEntity(String runId, Level level, String entityId) {
        OptionalInt position = counties.positionOf(runId, level, entityId);
        if (position.isEmpty()) {
            return List.of();
        }
        CountyPart county = counties.counties(runId).get(position.getAsInt());
        return counties.firings(runId, county, entityId).stream().filter(f -> level.name().equals(f.level())).toList();
    }

    /** How often each rule fired in the run. */
    public Map<String, Long> countsByRule(String runId) {
        Map<String, Long> counts = new TreeMap<>();
        counties.counties(runId).forEach(county -> StoredCounties.counts(county.ruleCounts())
                .forEach((rule, n) -> counts.merge(rule, n, Long::sum)));
        return counts;
    }

    /** Every firing of the run in sequence order (the verifier recomputes the digest). */
    public void each(String runId, Consumer<FiringRecord> visitor) {
        counties.counties(runId).forEach(county -> counties.firings(runId, county).forEach(visitor));
    }

    /** The counties that may hold firings the filter matches. */
    private List<CountyPart> candidates(String runId, Filter filter) {
        Predicate<CountyPart> holdsEntity = county -> true;
        if (!blank(filter.entity())) {
            List<Integer> positions = new ArrayList<>();
            for (Level level : Level.values()) {
                counties.positionOf(runId, level, filter.entity()).ifPresent(positions::add);
            }
            holdsEntity = county -> positions.contains(county.position());
        }
        return counties.counties(runId).stream().filter(holdsEntity)
                .filter(county -> blank(filter.county()) || filter.county().equals(county.countyCode())).toList();
    }

    /** The county's firings that the filter matches: from the counts its row keeps where they tell. */
    private long count(String runId, CountyPart county, Filter filter) {
        boolean byRule = !blank(filter.rule());
        boolean byCriterion = !blank(filter.criterion());
        long ofRule = byRule ? StoredCounties.counts(county.ruleCounts()).getOrDefault(filter.rule(), 0L) : -1;
        long ofCriterion = byCriterion
                ? StoredCounties.counts(county.criterionCounts()).getOrDefault(filter.criterion(), 0L) : -1;
        if (ofRule == 0 || ofCriterion == 0) {
            return 0;
        }
        if (!blank(filter.entity()) || (byRule && byCriterion)) {
            return counties.firings(runId, county, blank(filter.entity()) ? null : filter.entity()).stream()
                    .filter(filter::matches).count();
        }
        return byRule ? ofRule : byCriterion ? ofCriterion : county.firingCount();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
