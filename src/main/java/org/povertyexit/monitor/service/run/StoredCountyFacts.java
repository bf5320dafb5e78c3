package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Village;
import org.povertyexit.monitor.report.HouseholdResult;
import org.springframework.stereotype.Component;

/**
 * The facts a stored run evaluated, read back county by county from its county rows: a whole county, or
 * a dataset of one county holding only the households a replay needs (the others are skipped, not read).
 * Personal data: what this reads never goes into a response.
 */
@Component
public class StoredCountyFacts {

    private final CountyPartStore store;
    private final StoredCounties counties;

    public StoredCountyFacts(CountyPartStore store, StoredCounties counties) {
        this.store = store;
        this.counties = counties;
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
     * The county's facts as the run evaluated them, with the form they were stored in: the compressed
     * county row and each household's canonical JSON, cut from the text read (personal data, never served).
     */
    public CountyFacts countyFacts(String runId, int position) {
        byte[] gz = store.inputGz(runId, position).orElseThrow(() -> StoredReports.notFound(runId));
        byte[] text = Gzip.decompress(gz);
        List<Household> households = new ArrayList<>();
        List<byte[]> canonical = new ArrayList<>();
        Dataset county;
        try (JsonParser json = StoredJson.MAPPER.createParser(text)) {
            county = read(json, (ordinal, household) -> {
                int start = (int) household.currentTokenLocation().getByteOffset();
                households.add(household.readValueAs(Household.class));
                canonical.add(Arrays.copyOfRange(text, start, (int) household.currentLocation().getByteOffset()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (county.counties().size() != 1) {
            throw new IllegalStateException("the facts of county " + position + " of run " + runId
                    + " hold " + county.counties().size() + " counties");
        }
        return new CountyFacts(county.counties().get(0), county.villages(), households,
                new CountyFacts.StoredForm(canonical, gz));
    }

    /**
     * The facts of a household as the run evaluated them: a dataset of its county holding that household
     * alone (personal data, never served).
     */
    public Dataset household(String runId, String householdId, int position) {
        int ordinal = counties.householdOrdinal(runId, householdId);
        return input(runId, position, Set.of(ordinal));
    }

    /** The assessment the run's facts are for, read from a county's facts with its households skipped. */
    public Meta meta(String runId, int position) {
        return input(runId, position, Set.of()).meta();
    }

    /**
     * The county itself as the run's facts hold it. The canonical form writes the counties first (its keys
     * are sorted), so the rest of the county's facts is not even decompressed.
     */
    public County county(String runId, int position) {
        byte[] gz = store.inputGz(runId, position).orElseThrow(() -> StoredReports.notFound(runId));
        try (JsonParser json = StoredJson.MAPPER.createParser(Gzip.open(gz))) {
            json.nextToken();
            for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
                json.nextToken();
                if (field.equals("counties")) {
                    return json.readValueAs(County[].class)[0];
                }
                json.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the facts of county " + position + " of run " + runId + " hold no county");
    }

    /** The facts of a village's county holding the village's households alone. */
    public Dataset village(String runId, String villageCode, int position) {
        List<HouseholdResult> households = counties.results(runId, position).households();
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
        List<Household> chosen = new ArrayList<>(ordinals.size());
        try (JsonParser json = StoredJson.MAPPER.createParser(Gzip.open(gz))) {
            Dataset county = read(json, (ordinal, household) -> {
                if (ordinals.contains(ordinal)) {
                    chosen.add(household.readValueAs(Household.class));
                } else {
                    household.skipChildren();
                }
            });
            return new Dataset(county.meta(), county.counties(), county.villages(), chosen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes one household of a stored county, the parser at its start: reads it or skips it, to its end. */
    @FunctionalInterface
    private interface EachHousehold {
        void at(int ordinal, JsonParser household) throws IOException;
    }

    /** A stored county's meta, county and villages, its households handed one by one to {@code each}. */
    private static Dataset read(JsonParser json, EachHousehold each) throws IOException {
        Meta meta = null;
        List<County> county = List.of();
        List<Village> villages = List.of();
        json.nextToken();
        for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
            json.nextToken();
            switch (field) {
                case "meta" -> meta = json.readValueAs(Meta.class);
                case "counties" -> county = List.of(json.readValueAs(County[].class));
                case "villages" -> villages = List.of(json.readValueAs(Village[].class));
                case "households" -> {
                    for (int ordinal = 0; json.nextToken() == JsonToken.START_OBJECT; ordinal++) {
                        each.at(ordinal, json);
                    }
                }
                default -> json.skipChildren();
            }
        }
        return new Dataset(meta, county, villages, List.of());
    }
}
