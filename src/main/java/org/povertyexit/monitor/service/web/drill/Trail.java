package org.povertyexit.monitor.service.web.drill;

import org.povertyexit.monitor.service.run.RunRecord;

/**
 * Where a drill-down page is, for its breadcrumbs: the run, then the county, the village and the
 * household as far as the page goes down (null below it). Codes and names of places only.
 */
public record Trail(RunRecord run, String countyCode, String countyName, String villageCode,
                    String villageName, String householdId) {

    static Trail county(RunRecord run, String countyCode, String countyName) {
        return new Trail(run, countyCode, countyName, null, null, null);
    }

    Trail village(String code, String name) {
        return new Trail(run, countyCode, countyName, code, name, null);
    }

    Trail household(String id) {
        return new Trail(run, countyCode, countyName, villageCode, villageName, id);
    }
}
