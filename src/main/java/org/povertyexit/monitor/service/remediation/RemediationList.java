package org.povertyexit.monitor.service.remediation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.CountyPlaces;
import org.povertyexit.monitor.service.run.KeptByCounty;
import org.povertyexit.monitor.service.run.MaskedHeads;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Component;

/**
 * The run's remediation items, placed in their village and county, filtered as asked. Each county's items
 * (and the places its filter offers) are placed from one reading of its part and kept (a few runs' worth),
 * so a page filters and pages a large run without decoding its county parts again.
 */
@Component
public class RemediationList {

    /** County parts whose placed items are kept: a few runs of ten counties or so. */
    private static final int KEPT = 24;

    private final StoredCounties counties;
    private final MaskedHeads heads;
    private final KeptByCounty<County> placed = new KeptByCounty<>(KEPT);

    public RemediationList(StoredCounties counties, MaskedHeads heads) {
        this.counties = counties;
        this.heads = heads;
    }

    /**
     * Null fields match everything; a department by code (HEALTH) or name (卫健); {@code village} and
     * {@code county} match where the item's entity is; only the counties of {@code scope} are read.
     */
    public record Filter(String department, String county, String village, String criterion, CountyScope scope) {
    }

    /**
     * The rows of the run's items, in the report's order; a county filter reads that county alone. With
     * {@code heads}, a household item names its head of household, masked: read from the county's stored
     * facts, so only for the exports an office files.
     */
    public List<RemediationRow> rows(String runId, Filter filter, boolean heads) {
        List<CountyPart> chosen = counties.counties(runId).stream().filter(county ->
                matches(filter.county(), county.countyCode()) && filter.scope().covers(county.countyCode())).toList();
        List<County> read = placed.all(runId, chosen, county -> place(runId, county));
        List<Placed> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Map<String, String> headOf = heads ? this.heads.of(runId, chosen.get(i)) : Map.of();
            for (Placed one : read.get(i).items()) {
                RemediationRow row = one.row();
                if ((matches(filter.department(), row.department()) || matches(filter.department(),
                        row.departmentName())) && matches(filter.village(), row.villageCode())
                        && matches(filter.criterion(), row.criterion())) {
                    rows.add(heads && one.item().level() == Level.HOUSEHOLD
                            ? new Placed(one.item(), row.withHead(headOf.get(row.entityId()))) : one);
                }
            }
        }
        rows.sort(Comparator.comparing(Placed::item, RemediationItem.ORDER));
        return rows.stream().map(Placed::row).toList();
    }

    /** The counties in scope and their villages, as a filter of the list offers them. */
    public List<CountyPlaces> places(String runId, CountyScope scope) {
        List<CountyPart> inScope = counties.counties(runId).stream().filter(county ->
                scope.covers(county.countyCode())).toList();
        return placed.all(runId, inScope, county -> place(runId, county)).stream().map(County::places).toList();
    }

    private record Placed(RemediationItem item, RemediationRow row) {
    }

    /** What the list keeps of a county: its places, and its items placed in them. */
    private record County(CountyPlaces places, List<Placed> items) {
    }

    /** The county's items, each in its village and county (without heads). */
    private County place(String runId, CountyPart county) {
        CountyReport part = counties.results(runId, county.position());
        CountyPlaces places = CountyPlaces.of(county, part);
        // the names people know the places by, as the county's part of the report gives them (a run
        // stored before names were reported has none)
        Map<String, String> villageNames = new HashMap<>();
        places.villages().forEach(v -> villageNames.put(v.code(), v.name()));
        String countyName = places.name();
        List<String> villages = part.itemVillages();
        List<Placed> placed = new ArrayList<>(villages.size());
        for (int i = 0; i < villages.size(); i++) {
            RemediationItem item = part.remediation().get(i);
            String village = villages.get(i);
            placed.add(new Placed(item, RemediationRow.of(item, null, village, village == null ? null
                    : villageNames.get(village), county.countyCode(), countyName)));
        }
        return new County(places, List.copyOf(placed));
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.isBlank() || wanted.equalsIgnoreCase(value);
    }
}
