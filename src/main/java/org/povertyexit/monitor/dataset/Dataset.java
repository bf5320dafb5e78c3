package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one upload. Lists are kept sorted by id (members by id within their household), so
 * that the canonical form, and everything hashed or reported from it, does not depend on input order.
 */
public record Dataset(Meta meta, List<County> counties, List<Village> villages, List<Household> households) {

    public Dataset {
        counties = sorted(counties, Comparator.comparing(County::code));
        villages = sorted(villages, Comparator.comparing(Village::code));
        households = sorted(households, Comparator.comparing(Household::id));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> copy = new ArrayList<>(items == null ? List.of() : items);
        copy.sort(order);
        return List.copyOf(copy);
    }

    /** The facts split by county: each county is evaluated in a session of its own. */
    public List<CountyFacts> byCounty() {
        Map<String, CountyFacts> parts = new LinkedHashMap<>();
        Map<String, String> countyOfVillage = new LinkedHashMap<>();
        for (County county : counties) {
            parts.put(county.code(), new CountyFacts(county, new ArrayList<>(), new ArrayList<>()));
        }
        for (Village village : villages) {
            parts.get(village.countyCode()).villages().add(village);
            countyOfVillage.put(village.code(), village.countyCode());
        }
        for (Household household : households) {
            parts.get(countyOfVillage.get(household.villageCode())).households().add(household);
        }
        return List.copyOf(parts.values());
    }

    public int memberCount() {
        return households.stream().mapToInt(Household::memberCount).sum();
    }
}
