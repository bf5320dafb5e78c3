package org.povertyexit.monitor.generator;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the one user seed. Each county, village and purpose gets a
 * stream of its own, so a village's households can be drawn twice (once to plan populations, once to
 * write them) and come out the same, and the output for a seed never depends on iteration details.
 */
final class Seeds {

    /** What a stream is used for; part of the derivation so that streams never overlap. */
    enum Purpose { COUNTY, VILLAGE, VILLAGE_VALUES, PROFILE, DETAIL }

    private Seeds() {
    }

    static SplittableRandom stream(long seed, Purpose purpose, int county, int village) {
        long h = mix(seed);
        h = mix(h ^ (purpose.ordinal() + 1L));
        h = mix(h ^ county);
        h = mix(h ^ ((long) village << 20));
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: a cheap, well-spread bijection on longs. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
