package org.povertyexit.monitor.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.report.VillageResult;

/**
 * Report files as runs of the ledger, for offices that keep their reports as files: each report is cut
 * into its counties' parts (as the service stores a run, county by county), and each part read as the
 * service reads a stored county. A report names nobody, so its items carry no head of household.
 */
public final class ReportSeries {

    /** The series of each county the reports hold, by county code. */
    private final Map<String, List<LedgerRun>> byCounty = new TreeMap<>();

    /** Adds a report's counties, each as one run of its county's series. */
    public void add(Report report) {
        Map<String, String> countyOfVillage = new HashMap<>();
        report.villages().forEach(v -> countyOfVillage.put(v.code(), v.countyCode()));
        Map<String, String> countyOfHousehold = new HashMap<>();
        report.households().forEach(h -> countyOfHousehold.put(h.id(), countyOfVillage.get(h.villageCode())));
        Map<String, List<HouseholdResult>> households = new HashMap<>();
        report.households().forEach(h -> households.computeIfAbsent(countyOfHousehold.get(h.id()),
                c -> new ArrayList<>()).add(h));
        Map<String, List<VillageResult>> villages = new HashMap<>();
        report.villages().forEach(v -> villages.computeIfAbsent(v.countyCode(), c -> new ArrayList<>()).add(v));
        Map<String, List<RemediationItem>> items = new HashMap<>();
        for (RemediationItem item : report.remediation()) {
            String county = switch (item.level()) {
                case HOUSEHOLD -> countyOfHousehold.get(item.entityId());
                case VILLAGE -> countyOfVillage.get(item.entityId());
                case COUNTY -> item.entityId();
            };
            items.computeIfAbsent(county, c -> new ArrayList<>()).add(item);
        }
        RunInfo run = report.run();
        LocalDate date = run.assessmentDate() != null ? run.assessmentDate()
                : LocalDate.of(run.assessmentYear(), 12, 31);
        Instant uploaded = run.startedAt() != null ? run.startedAt() : Instant.EPOCH;
        for (CountyResult county : report.counties()) {
            CountyReport part = new CountyReport(households.getOrDefault(county.code(), List.of()),
                    villages.getOrDefault(county.code(), List.of()), county,
                    items.getOrDefault(county.code(), List.of()));
            byCounty.computeIfAbsent(county.code(), c -> new ArrayList<>()).add(new LedgerRun(run.id(), date,
                    uploaded, LedgerItem.of(part, Map.of()), ItemKey.entityKeys(part)));
        }
    }

    /** The counties the reports hold, by code. */
    public Set<String> counties() {
        return byCounty.keySet();
    }

    /** The ledger of a county the reports hold. */
    public Ledger ledger(String county) {
        return Ledger.of(county, byCounty.getOrDefault(county, List.of()));
    }
}
