package org.povertyexit.monitor.service.run;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.VillageResult;

/** A stored report read back, indexed by entity for the entity, explain and remediation endpoints. */
public final class StoredReport {

    private final Report report;
    private final Map<String, HouseholdResult> households;
    private final Map<String, VillageResult> villages;
    private final Map<String, CountyResult> counties;

    StoredReport(Report report) {
        this.report = report;
        this.households = report.households().stream().collect(Collectors.toMap(HouseholdResult::id,
                Function.identity()));
        this.villages = report.villages().stream().collect(Collectors.toMap(VillageResult::code, Function.identity()));
        this.counties = report.counties().stream().collect(Collectors.toMap(CountyResult::code, Function.identity()));
    }

    public Report report() {
        return report;
    }

    public Optional<HouseholdResult> household(String id) {
        return Optional.ofNullable(households.get(id));
    }

    public Optional<VillageResult> village(String code) {
        return Optional.ofNullable(villages.get(code));
    }

    public Optional<CountyResult> county(String code) {
        return Optional.ofNullable(counties.get(code));
    }

    /** The county a village belongs to, or null. */
    public String countyOfVillage(String villageCode) {
        VillageResult village = villages.get(villageCode);
        return village == null ? null : village.countyCode();
    }
}
