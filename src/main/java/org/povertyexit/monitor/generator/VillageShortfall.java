package org.povertyexit.monitor.generator;

/** A village criterion (V-*) a lagging poverty village is meant to fail. */
enum VillageShortfall {
    INCIDENCE, COLLECTIVE_INCOME, INDUSTRY, ROAD, POWER, CLINIC
}
