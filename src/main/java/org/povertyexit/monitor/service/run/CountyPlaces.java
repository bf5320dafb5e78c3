package org.povertyexit.monitor.service.run;

import java.util.List;
import org.povertyexit.monitor.report.CountyReport;

/**
 * A county of a run and its villages, with the names people know them by (as its part of the report
 * gives them): what a list's filter offers to choose from.
 */
public record CountyPlaces(String code, String name, List<Place> villages) {

    /** A place to choose: its code and name. */
    public record Place(String code, String name) {
    }

    public static CountyPlaces of(CountyPart county, CountyReport part) {
        return new CountyPlaces(county.countyCode(), part.county().name(),
                part.villages().stream().map(v -> new Place(v.code(), v.name())).toList());
    }

    /** The villages of the county chosen among these; none when none is chosen (or it is not among them). */
    public static List<Place> villagesOf(List<CountyPlaces> counties, String county) {
        return counties.stream().filter(c -> c.code().equals(county)).findFirst().map(CountyPlaces::villages)
                .orElse(List.of());
    }
}
