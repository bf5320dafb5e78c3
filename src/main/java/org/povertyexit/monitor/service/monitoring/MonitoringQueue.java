package org.povertyexit.monitor.service.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.Flag;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.CountyPlaces;
import org.povertyexit.monitor.service.run.KeptByCounty;
import org.povertyexit.monitor.service.run.MaskedHeads;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Component;

/**
 * The run's households under monitoring flags (criteria M-…, 返贫监测预警), one row per household and
 * flag, in the report's order (by household id, then flag). Each county's rows (and the places its filter
 * offers) are made from one reading of its part and kept, so the page groups and pages a large run without
 * decoding its county parts again.
 */
@Component
public class MonitoringQueue {

    /** County parts whose rows are kept: a few rows of each county's households, a few runs' worth. */
    private static final int KEPT = 32;
    private static final String MONITORING = "M-";
    /** The report's order: households by id, a household's flags by code. */
    private static final Comparator<MonitoringRow> ORDER = Comparator.comparing(MonitoringRow::householdId)
            .thenComparing(MonitoringRow::flag);

    private final StoredCounties counties;
    private final MaskedHeads heads;
    private final KeptByCounty<Flagged> flagged = new KeptByCounty<>(KEPT);

    /** What the queue keeps of a county: its places and every monitoring flag of its households. */
    private record Flagged(CountyPlaces places, List<MonitoringRow> rows) {
    }

    public MonitoringQueue(StoredCounties counties, MaskedHeads heads) {
        this.counties = counties;
        this.heads = heads;
    }

    /**
     * Null or blank fields match everything; {@code flag} is an M- criterion code; {@code village} and
     * {@code county} match where the household is; only the counties of {@code scope} are read.
     */
    public record Filter(String county, String village, String flag, CountyScope scope) {
    }

    /**
     * The rows that match; a county filter reads that county alone. With {@code heads}, each row names the
     * household's head, masked: read from the county's stored facts, so only for the exports an office files.
     */
    public List<MonitoringRow> rows(String runId, Filter filter, boolean heads) {
        List<CountyPart> chosen = counties.counties(runId).stream().filter(county ->
                matches(filter.county(), county.countyCode()) && filter.scope().covers(county.countyCode())).toList();
        List<Flagged> read = flagged.all(runId, chosen, county -> flagged(runId, county));
        List<MonitoringRow> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Map<String, String> headOf = heads ? this.heads.of(runId, chosen.get(i)) : Map.of();
            for (MonitoringRow row : read.get(i).rows()) {
                if (matches(filter.village(), row.villageCode()) && matches(filter.flag(), row.flag())) {
                    rows.add(heads ? row.withHead(headOf.get(row.householdId())) : row);
                }
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    /** The counties in scope and their villages, as a filter of the queue offers them. */
    public List<CountyPlaces> places(String runId, CountyScope scope) {
        List<CountyPart> inScope = counties.counties(runId).stream().filter(county ->
                scope.covers(county.countyCode())).toList();
        return flagged.all(runId, inScope, county -> flagged(runId, county)).stream().map(Flagged::places).toList();
    }

    /** Every monitoring flag of the county's households. */
    private Flagged flagged(String runId, CountyPart county) {
        CountyReport part = counties.results(runId, county.position());
        String countyName = part.county().name();
        List<MonitoringRow> rows = new ArrayList<>();
        for (HouseholdResult household : part.households()) {
            for (String code : household.monitoring()) {
                if (code.startsWith(MONITORING)) {
                    Flag flag = household.flags().stream().filter(f -> f.criterion().equals(code)).findFirst()
                            .orElse(null);
                    rows.add(MonitoringRow.of(code, flag, household, county.countyCode(), countyName));
                }
            }
        }
        return new Flagged(CountyPlaces.of(county, part), List.copyOf(rows));
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.isBlank() || wanted.equalsIgnoreCase(value);
    }
}
