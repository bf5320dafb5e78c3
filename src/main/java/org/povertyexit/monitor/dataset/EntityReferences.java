package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.povertyexit.monitor.dataset.InputProblems.Check;

/**
 * The ids of counties, villages, households and members, and the references between them, checked as
 * records arrive: an id must be new, a reference must name a record that exists. A reference to a record
 * not yet read waits for the end of the input. This, not the records, is what checking keeps.
 */
final class EntityReferences {

    /** A reference to a record not (yet) read. */
    private record Pending(BoundRecord row, String field) {
    }

    private final InputProblems problems;
    private final IdRegistry counties = new IdRegistry();
    private final IdRegistry villages = new IdRegistry();
    private final IdRegistry households = new IdRegistry();
    private final IdRegistry members = new IdRegistry();
    private final Map<String, String> countyOfVillage = new HashMap<>();
    /** By household ordinal: its village code (the village's own String where known, so codes are shared). */
    private final List<String> villageOfHousehold = new ArrayList<>();
    private final BitSet householdsWithMembers = new BitSet();
    private final List<Pending> pending = new ArrayList<>();

    EntityReferences(InputProblems problems) {
        this.problems = problems;
    }

    void county(BoundRecord row) {
        register(counties, row, "code", Check.UNIQUE_COUNTY);
    }

    void village(BoundRecord row) {
        if (register(villages, row, "code", Check.UNIQUE_VILLAGE) >= 0) {
            countyOfVillage.put(row.id("code"), row.id("countyCode"));
        }
        refer(row, "countyCode", counties);
    }

    /** Registers a household; its county, or null while its village is not yet read. */
    String household(BoundRecord row) {
        String villageCode = row.id("villageCode");
        int village = refer(row, "villageCode", villages);
        if (register(households, row, "id", Check.UNIQUE_HOUSEHOLD) >= 0) {
            villageOfHousehold.add(village >= 0 ? villages.firstId(village) : villageCode);
        }
        return village >= 0 ? countyOfVillage.get(villageCode) : null;
    }

    /** Registers a member; its county, or null while its household (or that one's village) is not yet read. */
    String member(BoundRecord row) {
        register(members, row, "id", Check.UNIQUE_MEMBER);
        int household = refer(row, "householdId", households);
        if (household < 0) {
            return null;
        }
        householdsWithMembers.set(household);
        return countyOf(household);
    }

    /**
     * Decides the references left waiting, now that every table has been read; an unreadable one is not
     * held against them.
     */
    void resolve(Set<EntitySchema> unreadable) {
        for (Pending reference : pending) {
            BoundRecord row = reference.row();
            String ref = row.id(reference.field());
            switch (reference.field()) {
                case "countyCode" -> resolve(row, reference.field(), ref, counties,
                        !unreadable.contains(DatasetSchema.COUNTIES), Check.VILLAGE_COUNTY, "no county has this code");
                case "villageCode" -> resolve(row, reference.field(), ref, villages,
                        !unreadable.contains(DatasetSchema.VILLAGES), Check.HOUSEHOLD_VILLAGE, "no village has this code");
                default -> {
                    int household = resolve(row, reference.field(), ref, households,
                            !unreadable.contains(DatasetSchema.HOUSEHOLDS), Check.MEMBER_HOUSEHOLD,
                            "no household has this id");
                    if (household >= 0) {
                        householdsWithMembers.set(household);
                    }
                }
            }
        }
        pending.clear();
    }

    void checkHouseholdsHaveMembers() {
        for (int household = householdsWithMembers.nextClearBit(0); household < households.size();
             household = householdsWithMembers.nextClearBit(household + 1)) {
            problems.add(Check.HOUSEHOLD_MEMBERS, household,
                    households.location(household).error("members", null, "household has no members")
                            .about(households.firstId(household)));
        }
    }

    /** The county of a household by id (null if there is no such household, or its village is unknown). */
    String countyOfHousehold(String householdId) {
        int household = households.ordinal(householdId);
        return household < 0 ? null : countyOf(household);
    }

    private String countyOf(int household) {
        String village = villageOfHousehold.get(household);
        return village == null ? null : countyOfVillage.get(village);
    }

    /** Registers the row's id; a duplicate is reported against it, naming where the id was first. */
    private int register(IdRegistry ids, BoundRecord row, String field, Check check) {
        String id = row.id(field);
        if (id == null) {
            return IdRegistry.DUPLICATE;
        }
        int ordinal = ids.register(id, row.source());
        if (ordinal == IdRegistry.DUPLICATE) {
            RawRecord first = ids.firstLocation(id);
            problems.add(check, row.sequence(), row.error(field, id, "duplicate id (first at "
                    + (first.row() != null ? "row " + first.row() : first.path()) + ")"));
        }
        return ordinal;
    }

    /** The ordinal of the referenced record if it has been read; otherwise decided by {@link #resolve}. */
    private int refer(BoundRecord row, String field, IdRegistry targets) {
        String ref = row.id(field);
        int ordinal = ref == null ? -1 : targets.ordinal(ref);
        if (ref != null && ordinal < 0) {
            pending.add(new Pending(row, field));
        }
        return ordinal;
    }

    private int resolve(BoundRecord row, String field, String ref, IdRegistry targets, boolean targetsRead,
                        Check check, String reason) {
        int ordinal = targets.ordinal(ref);
        if (ordinal < 0 && targetsRead) {
            problems.add(check, row.sequence(), row.error(field, ref, reason));
        }
        return ordinal;
    }
}
