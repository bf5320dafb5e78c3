package org.povertyexit.monitor.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.dataset.Village;

/**
 * The scenario's copy of the facts while changes apply, by id. Records are immutable, so a copy of
 * the maps is a copy of the facts: replacing an entry never touches the baseline dataset.
 */
final class WorkingFacts {

    private final Meta meta;
    private final Map<String, County> counties = new LinkedHashMap<>();
    private final Map<String, Village> villages = new LinkedHashMap<>();
    private final Map<String, Household> households = new LinkedHashMap<>();

    WorkingFacts(Dataset baseline) {
        this.meta = baseline.meta();
        baseline.counties().forEach(county -> counties.put(county.code(), county));
        baseline.villages().forEach(village -> villages.put(village.code(), village));
        baseline.households().forEach(household -> households.put(household.id(), household));
    }

    Meta meta() {
        return meta;
    }

    Collection<County> counties() {
        return counties.values();
    }

    Collection<Village> villages() {
        return villages.values();
    }

    Collection<Household> households() {
        return households.values();
    }

    Household household(String id) {
        return households.get(id);
    }

    /** The county of a village (null for an unknown village). */
    String countyOf(String villageCode) {
        Village village = villages.get(villageCode);
        return village == null ? null : village.countyCode();
    }

    void replaceCounties(List<County> changed) {
        changed.forEach(county -> counties.put(county.code(), county));
    }

    void replaceVillages(List<Village> changed) {
        changed.forEach(village -> villages.put(village.code(), village));
    }

    void replaceHouseholds(List<Household> changed) {
        changed.forEach(household -> households.put(household.id(), household));
    }

    Dataset dataset() {
        return new Dataset(meta, new ArrayList<>(counties.values()), new ArrayList<>(villages.values()),
                new ArrayList<>(households.values()));
    }
}
