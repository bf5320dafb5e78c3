package org.povertyexit.monitor.generator;

import java.util.SplittableRandom;

/**
 * Head counts of a village's households, found by drawing their profiles ahead of writing them (the
 * profile stream is replayed identically when the households are written). Only a few numbers per
 * village are kept, so planning a million households costs time, not memory.
 */
record VillageTally(long persons, long projectedPoor, long exitedPersons, long nonRegisteredPersons) {

    static VillageTally of(long seed, VillageDesign design, ProfileDrawer drawer) {
        SplittableRandom profiles =
                Seeds.stream(seed, Seeds.Purpose.PROFILE, design.countyIndex(), design.villageIndex());
        long persons = 0;
        long poor = 0;
        long exited = 0;
        long nonRegistered = 0;
        for (int i = 0; i < design.households(); i++) {
            HouseholdProfile profile = drawer.draw(profiles, design.faultWeight());
            persons += profile.size();
            poor += profile.projectedPoorPersons();
            switch (profile.status()) {
                case EXITED -> exited += profile.size();
                case NOT_REGISTERED -> nonRegistered += profile.size();
                default -> { }
            }
        }
        return new VillageTally(persons, poor, exited, nonRegistered);
    }

    VillageTally plus(VillageTally other) {
        return new VillageTally(persons + other.persons, projectedPoor + other.projectedPoor,
                exitedPersons + other.exitedPersons, nonRegisteredPersons + other.nonRegisteredPersons);
    }
}
