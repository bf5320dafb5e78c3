package org.povertyexit.monitor.generator;

/** What to generate: how many counties, households per county, and the seed that fixes every value. */
public record GeneratorSettings(int counties, int householdsPerCounty, long seed) {

    public GeneratorSettings {
        if (counties < 1 || counties > CountyCatalogue.maxCounties()) {
            throw new IllegalArgumentException("counties must be 1.." + CountyCatalogue.maxCounties() + ", got " + counties);
        }
        if (householdsPerCounty < 1) {
            throw new IllegalArgumentException("households per county must be at least 1, got " + householdsPerCounty);
        }
    }

    public long households() {
        return (long) counties * householdsPerCounty;
    }
}
