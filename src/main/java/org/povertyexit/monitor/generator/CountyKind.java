package org.povertyexit.monitor.generator;

/**
 * How far a county is from 摘帽 in the generated year. Counties take the kinds in a fixed cycle from a
 * seed-chosen start, so any run of six or more counties has every kind and half the counties ready.
 */
enum CountyKind {
    READY,
    /** Too many projected poor: its poverty villages lag on incidence, and so does the county. */
    LAGGING_INCIDENCE,
    /** The external sample found wrong exits and missed households. */
    LAGGING_SURVEY,
    /** The recognition survey fell short of 90%. */
    LAGGING_RECOGNITION;

    private static final CountyKind[] CYCLE =
            {READY, LAGGING_INCIDENCE, READY, LAGGING_SURVEY, READY, LAGGING_RECOGNITION};

    static CountyKind of(int countyIndex, int cycleStart) {
        return CYCLE[(countyIndex + cycleStart) % CYCLE.length];
    }

    static int cycleLength() {
        return CYCLE.length;
    }
}
