package org.povertyexit.monitor.generator;

import java.util.Set;

/**
 * A village as decided before its households are drawn. {@code faultWeight} scales the households'
 * fault chances: poverty villages near exit have few failing households, lagging ones many.
 */
record VillageDesign(int countyIndex, int villageIndex, String countyCode, String code, String township, String name,
                     boolean povertyVillage, boolean deepPoverty, boolean waterScarce,
                     Set<VillageShortfall> shortfalls, double faultWeight, int households) {

    boolean fails(VillageShortfall shortfall) {
        return shortfalls.contains(shortfall);
    }
}
