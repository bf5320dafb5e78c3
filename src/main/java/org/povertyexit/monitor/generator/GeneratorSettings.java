package org.povertyexit.monitor.generator;

/** What to generate: how many counties, households per county, and the seed that fixes every value. */
public record GeneratorSettings(int counties, int householdsPerCounty, long seed) {

    /** Keeps a county's rural population (five or more times its listed persons) within an int. */
    public static final int MAX_HOUSEHOLDS_PER_COUNTY = 20_000_000;

    public GeneratorSettings {
        if (counties < 1 || counties > CountyCatalogue.maxCounties()) {
            throw new IllegalArgumentException("counties must be 1.." + CountyCatalogue.maxCounties() + ", got " + counties);
        }
        if (householdsPerCounty < 1 || householdsPerCounty > MAX_HOUSEHOLDS_PER_COUNTY) {
            throw new IllegalArgumentException("households per county must be 1.." + MAX_HOUSEHOLDS_PER_COUNTY
                    + ", got " + householdsPerCounty);
        }
    }

    public long households() {
        return (long) counties * householdsPerCounty;
    }
}
