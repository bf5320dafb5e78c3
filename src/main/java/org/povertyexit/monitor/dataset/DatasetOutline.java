package org.povertyexit.monitor.dataset;

import java.util.Comparator;
import java.util.List;

/**
 * What a checked dataset holds apart from its households and members: small enough to keep whatever
 * the size of the input. Sorted by code, as in {@link Dataset}.
 */
public record DatasetOutline(Meta meta, List<County> counties, List<Village> villages) {

    public DatasetOutline {
        counties = counties.stream().sorted(Comparator.comparing(County::code)).toList();
        villages = villages.stream().sorted(Comparator.comparing(Village::code)).toList();
    }

    public List<Village> villagesOf(String countyCode) {
        return villages.stream().filter(village -> village.countyCode().equals(countyCode)).toList();
    }
}
