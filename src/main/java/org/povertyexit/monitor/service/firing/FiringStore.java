package org.povertyexit.monitor.service.firing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Component;

/**
 * A run's firings as auditors read them, from the county blocks it stored: a page skips whole counties
 * by the counts their rows keep, and decodes only the counties it shows; an entity's firings are in
 * the one county that holds it.
 */
@Component
public class FiringStore {

    /**
     * A filter of the firings listing; null or blank fields match everything, and only the counties of
     * {@code scope} are read.
     */
    public record Filter(String rule, String criterion, String entity, String county, CountyScope scope) {

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
            long known = counted(runId, county, filter);
            if (known >= 0 && skip >= known) {
                skip -= known;
                continue;
            }
            List<FiringRecord> matching = matching(runId, county, filter);
            if (skip >= matching.size()) {
                skip -= matching.size();
                continue;
            }
            int from = (int) skip;
            skip = 0;
            for (FiringRecord f : matching.subList(from, matching.size())) {
                if (shown.size() == size) {
                    return shown;
                }
                shown.add(f);
            }
        }
        return shown;
    }

    public long count(String runId, Filter filter) {
        long total = 0;
        for (CountyPart county : candidates(runId, filter)) {
            long known = counted(runId, county, filter);
            total += known >= 0 ? known : matching(runId, county, filter).size();
        }
        return total;
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

    /** How often each rule fired in the run's counties in scope. */
    public Map<String, Long> countsByRule(String runId, CountyScope scope) {
        Map<String, Long> counts = new TreeMap<>();
        counties.counties(runId).stream().filter(county -> scope.covers(county.countyCode()))
                .forEach(county -> counties.firingsByRule(runId, county)
                        .forEach((rule, n) -> counts.merge(rule, n, Long::sum)));
        return counts;
    }

    /** The digest of every firing of the run in sequence order, recomputed from the stored blocks. */
    public FiringDigest digest(String runId) {
        FiringDigest digest = new FiringDigest();
        counties.counties(runId).forEach(county -> FiringBlock.digestStored(counties.firingBlock(runId, county),
                county.firstSeq(), digest));
        return digest;
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
                .filter(county -> blank(filter.county()) || filter.county().equals(county.countyCode()))
                .filter(county -> filter.scope().covers(county.countyCode())).toList();
    }

    /**
     * How many of the county's firings the filter matches, from the counts its row keeps; -1 when they
     * do not tell (an entity, or a rule and a criterion at once, where the block must be read).
     */
    private long counted(String runId, CountyPart county, Filter filter) {
        boolean byRule = !blank(filter.rule());
        boolean byCriterion = !blank(filter.criterion());
        long ofRule = byRule ? counties.firingsByRule(runId, county).getOrDefault(filter.rule(), 0L) : -1;
        long ofCriterion = byCriterion
                ? counties.firingsByCriterion(runId, county).getOrDefault(filter.criterion(), 0L) : -1;
        if (ofRule == 0 || ofCriterion == 0) {
            return 0;
        }
        if (!blank(filter.entity()) || (byRule && byCriterion)) {
            return -1;
        }
        return byRule ? ofRule : byCriterion ? ofCriterion : county.firingCount();
    }

    /** The county's firings that the filter matches, read from its block. */
    private List<FiringRecord> matching(String runId, CountyPart county, Filter filter) {
        return counties.firings(runId, county, blank(filter.entity()) ? null : filter.entity()).stream()
                .filter(filter::matches).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
