package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sink that keeps every household and member in memory, for a whole {@link Dataset}. */
final class KeptRecords implements DatasetAssembler.RecordSink {

    private final List<Household> households = new ArrayList<>();
    private final Map<String, List<Member>> membersByHousehold = new HashMap<>();

    @Override
    public void household(Household household, String countyCode) {
        households.add(household);
    }

    @Override
    public void member(Member member, String countyCode) {
        membersByHousehold.computeIfAbsent(member.householdId(), k -> new ArrayList<>()).add(member);
    }

    Dataset dataset(DatasetOutline outline) {
        return new Dataset(outline.meta(), outline.counties(), outline.villages(), households.stream()
                .map(household -> household.withMembers(membersByHousehold.get(household.id()))).toList());
    }
}
