package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Village;
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
    private record Index(List<CountyPart> counties, Map<String, Long> places) {

        Integer position(String key) {
            Long place = places.get(key);
            return place == null ? null : (int) (place >>> 32);
        }

        int ordinal(String key) {
            return (int) (long) places.get(key);
        }
    }

    private final CountyPartStore store;
    private final Map<String, Index> indexes = recent(RUNS_KEPT);
    private final Map<String, CountyReport> parts = recent(PARTS_KEPT);

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
        String key = runId + "/" + position;
        synchronized (parts) {
            CountyReport kept = parts.get(key);
            if (kept != null) {
                return kept;
            }
        }
        byte[] gz = store.resultsGz(runId, position).orElseThrow(() -> StoredReports.notFound(runId));
        CountyReport part;
        try (var in = Gzip.open(gz)) {
            part = StoredJson.MAPPER.readValue(in, CountyReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (parts) {
            parts.put(key, part);
        }
        return part;
    }

    /** The county's facts as the run evaluated them (a dataset of that county): personal data, never served. */
    public Dataset input(String runId, int position) {
        byte[] gz = store.inputGz(runId, position).orElseThrow(() -> StoredReports.notFound(runId));
        try (var in = Gzip.open(gz)) {
            return StoredJson.MAPPER.readValue(in, Dataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The facts of a household as the run evaluated them: a dataset of its county holding that household
     * alone (personal data, never served).
     */
    public Dataset household(String runId, String householdId, int position) {
        int ordinal = index(runId).ordinal(CountyPart.key(Level.HOUSEHOLD, householdId));
        return input(runId, position, Set.of(ordinal));
    }

    /** The facts of a village's county holding the village's households alone. */
    public Dataset village(String runId, String villageCode, int position) {
        List<HouseholdResult> households = results(runId, position).households();
        Set<Integer> ordinals = new HashSet<>();
        for (int i = 0; i < households.size(); i++) {
            if (villageCode.equals(households.get(i).villageCode())) {
                ordinals.add(i);
            }
        }
        return input(runId, position, ordinals);
    }

    /** The county's facts with the households at {@code ordinals} alone; the others are skipped, not read. */
    private Dataset input(String runId, int position, Set<Integer> ordinals) {
        byte[] gz = store.inputGz(runId, position).orElseThrow(() -> StoredReports.notFound(runId));
        Meta meta = null;
        List<County> county = List.of();
        List<Village> villages = List.of();
        List<Household> households = List.of();
        try (JsonParser json = StoredJson.MAPPER.createParser(Gzip.open(gz))) {
            json.nextToken();
            for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
                json.nextToken();
                switch (field) {
                    case "meta" -> meta = json.readValueAs(Meta.class);
                    case "counties" -> county = List.of(json.readValueAs(County[].class));
                    case "villages" -> villages = List.of(json.readValueAs(Village[].class));
                    case "households" -> households = chosen(json, ordinals);
                    default -> json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dataset(meta, county, villages, households);
    }

    /** The households at {@code ordinals} read, the others skipped; leaves the parser at the array's end. */
    private static List<Household> chosen(JsonParser json, Set<Integer> ordinals) throws IOException {
        List<Household> chosen = new ArrayList<>(ordinals.size());
        for (int i = 0; json.nextToken() == JsonToken.START_OBJECT; i++) {
            if (ordinals.contains(i)) {
                chosen.add(json.readValueAs(Household.class));
            } else {
                json.skipChildren();
            }
        }
        return chosen;
    }

    /** The county's firings, in order. */
    public List<FiringRecord> firings(String runId, CountyPart county) {
        return firings(runId, county, null);
    }

    /** The county's firings that concern the entity (all when null), in order. */
    public List<FiringRecord> firings(String runId, CountyPart county, String entityId) {
        byte[] block = store.firingsGz(runId, county.position()).orElseThrow(() -> StoredReports.notFound(runId));
        return FiringBlock.decode(block, county.firstSeq(), entityId);
    }

    /** Rule or criterion firing counts of a county, as its row keeps them. */
    public static Map<String, Long> counts(String json) {
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
        synchronized (indexes) {
            Index kept = indexes.get(runId);
            if (kept != null) {
                return kept;
            }
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
        Index index = new Index(counties, places);
        synchronized (indexes) {
            indexes.put(runId, index);
        }
        return index;
    }

    private static <V> Map<String, V> recent(int kept) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > kept;
            }
        };
    }
}
