package org.povertyexit.monitor.service.remediation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.run.StoredCountyFacts;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.stereotype.Component;

/** The run's remediation items, placed in their village and county, filtered as asked. */
@Component
public class RemediationList {

    private final StoredCounties counties;
    private final StoredCountyFacts facts;

    public RemediationList(StoredCounties counties, StoredCountyFacts facts) {
        this.counties = counties;
        this.facts = facts;
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
        List<Placed> placed = new ArrayList<>();
        for (CountyPart county : counties.counties(runId)) {
            if (!matches(filter.county(), county.countyCode()) || !filter.scope().covers(county.countyCode())) {
                continue;
            }
            CountyReport part = counties.results(runId, county.position());
            // the names people know the places by, as the county's part of the report gives them (a run
            // stored before names were reported has none)
            Map<String, String> villageNames = new HashMap<>();
            part.villages().forEach(v -> villageNames.put(v.code(), v.name()));
            String countyName = part.county().name();
            Map<String, String> headOf = heads ? heads(runId, county) : Map.of();
            Map<String, String> villageOf = new HashMap<>();
            part.households().forEach(h -> villageOf.put(h.id(), h.villageCode()));
            for (RemediationItem item : part.remediation()) {
                String village = switch (item.level()) {
                    case HOUSEHOLD -> villageOf.get(item.entityId());
                    case VILLAGE -> item.entityId();
                    case COUNTY -> null;
                };
                RemediationRow row = RemediationRow.of(item, item.level() == Level.HOUSEHOLD
                        ? headOf.get(item.entityId()) : null, village, village == null ? null
                        : villageNames.get(village), county.countyCode(), countyName);
                if ((matches(filter.department(), row.department()) || matches(filter.department(),
                        row.departmentName())) && matches(filter.village(), row.villageCode())
                        && matches(filter.criterion(), row.criterion())) {
                    placed.add(new Placed(item, row));
                }
            }
        }
        placed.sort(Comparator.comparing(Placed::item, RemediationItem.ORDER));
        return placed.stream().map(Placed::row).toList();
    }

    private record Placed(RemediationItem item, RemediationRow row) {
    }

    /** Each household's head, masked, by household id. */
    private Map<String, String> heads(String runId, CountyPart county) {
        Map<String, String> heads = new HashMap<>();
        for (Household household : facts.input(runId, county.position()).households()) {
            Member head = household.head();
            if (head != null) {
                heads.put(household.id(), PersonalData.maskName(head.name()));
            }
        }
        return heads;
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.isBlank() || wanted.equalsIgnoreCase(value);
    }
}
