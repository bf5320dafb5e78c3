package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.VillageResult;
import org.povertyexit.monitor.service.firing.FiringBlock;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.springframework.stereotype.Component;

/**
 * A stored run read by county: which county holds an entity (an index built from the run's entity
 * lists on first use, then kept), a county's part of the report and its firings. Runs never change, so
 * what is kept is never stale; the last few runs and county parts are kept.
 */
@Component
public class StoredCounties {

    private static final int RUNS_KEPT = 2;
    private static final int PARTS_KEPT = 8;

    /**
     * A run's counties and where each entity is: its county's position and, for a household, its place
     * among the county's households (packed into one long).
     */
    private record Index(List<CountyPart> counties, Map<String, Long> places,
                         List<Map<String, Long>> byRule, List<Map<String, Long>> byCriterion) {

        Integer position(String key) {
            Long place = places.get(key);
            return place == null ? null : (int) (place >>> 32);
        }

        int ordinal(String key) {
            return (int) (long) places.get(key);
        }
    }

    private final CountyPartStore store;
    private final KeptRecently<String, Index> indexes = new KeptRecently<>(RUNS_KEPT);
    private final KeptRecently<String, CountyReport> parts = new KeptRecently<>(PARTS_KEPT);

    public StoredCounties(CountyPartStore store) {
        this.store = store;
    }

    /** The run's counties in order (their rows without the compressed columns). */
    public List<CountyPart> counties(String runId) {
        return index(runId).counties();
    }

    /** The position of the county that holds the entity in the run (a county holds itself). */
    public OptionalInt positionOf(String runId, Level level, String id) {
        Integer position = index(runId).position(CountyPart.key(level, id));
        return position == null ? OptionalInt.empty() : OptionalInt.of(position);
    }

    public Optional<HouseholdResult> household(String runId, String id) {
        return results(runId, Level.HOUSEHOLD, id).flatMap(part -> part.households().stream()
                .filter(h -> h.id().equals(id)).findFirst());
    }

    public Optional<VillageResult> village(String runId, String code) {
        return results(runId, Level.VILLAGE, code).flatMap(part -> part.villages().stream()
                .filter(v -> v.code().equals(code)).findFirst());
    }

    public Optional<CountyResult> county(String runId, String code) {
        return results(runId, Level.COUNTY, code).map(CountyReport::county);
    }

    /** The county's part of the report. */
    public CountyReport results(String runId, int position) {
        return parts.get(runId + "/" + position, KeptRecently.Making.of(key -> {
            byte[] gz = store.resultsGz(runId, position).orElseThrow(() -> StoredReports.notFound(runId));
            try (var in = Gzip.open(gz)) {
                return StoredJson.MAPPER.readValue(in, CountyReport.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** A household's place among its county's households, as its county's facts list them. */
    int householdOrdinal(String runId, String householdId) {
        return index(runId).ordinal(CountyPart.key(Level.HOUSEHOLD, householdId));
    }

    /** The county's firings, in order. */
    public List<FiringRecord> firings(String runId, CountyPart county) {
        return firings(runId, county, null);
    }

    /** The county's firings that concern the entity (all when null), in order. */
    public List<FiringRecord> firings(String runId, CountyPart county, String entityId) {
        return FiringBlock.decode(firingBlock(runId, county), county.firstSeq(), entityId);
    }

    /** The county's firings as stored: a deflated {@link FiringBlock}. */
    public byte[] firingBlock(String runId, CountyPart county) {
        return store.firingsGz(runId, county.position()).orElseThrow(() -> StoredReports.notFound(runId));
    }

    /** How often each rule fired in the county (its row keeps the counts; read once per run). */
    public Map<String, Long> firingsByRule(String runId, CountyPart county) {
        return index(runId).byRule().get(county.position());
    }

    /** How many of the county's firings concern each criterion. */
    public Map<String, Long> firingsByCriterion(String runId, CountyPart county) {
        return index(runId).byCriterion().get(county.position());
    }

    private static Map<String, Long> counts(String json) {
        try {
            return StoredJson.MAPPER.readValue(json, new TypeReference<Map<String, Long>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<CountyReport> results(String runId, Level level, String id) {
        OptionalInt position = positionOf(runId, level, id);
        return position.isPresent() ? Optional.of(results(runId, position.getAsInt())) : Optional.empty();
    }

    private Index index(String runId) {
        Index kept = indexes.peek(runId);
        if (kept != null) {
            return kept;
        }
        List<CountyPart> counties = store.headers(runId);
        Map<String, Long> places = new HashMap<>();
        store.eachEntities(runId, (position, gz) -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(Gzip.open(gz),
                    StandardCharsets.UTF_8))) {
                long ordinal = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    places.put(line, ((long) position << 32) | ordinal++);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        counties.forEach(c -> places.put(CountyPart.key(Level.COUNTY, c.countyCode()), (long) c.position() << 32));
        Index index = new Index(counties, places,
                counties.stream().map(c -> counts(c.ruleCounts())).toList(),
                counties.stream().map(c -> counts(c.criterionCounts())).toList());
        if (!counties.isEmpty()) {   // a run not yet committed is not seen, and must not be remembered empty
            indexes.keep(runId, index);
        }
        return index;
    }
}
