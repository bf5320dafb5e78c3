package org.povertyexit.monitor.generator;

import java.util.SplittableRandom;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Region;

/**
 * The county record: its rural population and the external assessment's sample counts (三率一度),
 * drawn so that each rate lands on the side the county's kind asks for and every count respects the
 * contract (wrong exits ≤ sampled exited, missed ≤ sampled non-registered, recognising ≤ surveyed).
 */
final class CountyDesigner {

    private final long seed;

    CountyDesigner(long seed) {
        this.seed = seed;
    }

    County county(int countyIndex, CountySeat seat, CountyKind kind, long villagePopulation, VillageTally tally,
                  int households) {
        SplittableRandom random = Seeds.stream(seed, Seeds.Purpose.COUNTY, countyIndex, 0);
        int sampledExited = sample(random, tally.exitedPersons());
        int wrongExit = kind == CountyKind.LAGGING_SURVEY
                ? atLeastRate(sampledExited, Targets.WRONG_EXIT_MAX_PERCENT, random)
                : belowRate(sampledExited, Targets.WRONG_EXIT_MAX_PERCENT, random);
        int sampledNonRegistered = sample(random, tally.nonRegisteredPersons());
        int missed = kind == CountyKind.LAGGING_SURVEY
                ? atLeastRate(sampledNonRegistered, Targets.MISSED_MAX_PERCENT, random)
                : belowRate(sampledNonRegistered, Targets.MISSED_MAX_PERCENT, random);
        int surveyed = Math.max(30, Math.min(households / 10, 800 + random.nextInt(400)));
        int recognising = recognising(random, surveyed, kind != CountyKind.LAGGING_RECOGNITION);
        // the villages listed are not all of the county: the others add people but no listed poor
        long counted = tally.projectedPoor() + wrongExit + missed;
        long natural = villagePopulation + Math.round(villagePopulation * (0.2 + 0.8 * random.nextDouble()));
        long rural = kind == CountyKind.LAGGING_INCIDENCE
                ? Math.max(villagePopulation, Math.min(natural, Targets.largestFailingPopulation(counted)))
                : Math.max(natural, Targets.smallestPassingPopulation(counted) + random.nextInt(1000));
        return new County(seat.code(), seat.name(), Region.WEST, Math.toIntExact(rural), sampledExited, wrongExit,
                sampledNonRegistered, missed, surveyed, recognising);
    }

    /** The assessors sample a tenth to a third of the listed persons, at least 20 and at most 3000. */
    private static int sample(SplittableRandom random, long persons) {
        long share = Math.round(persons * (0.1 + 0.2 * random.nextDouble()));
        return (int) Math.max(20, Math.min(share, 2000 + random.nextInt(1000)));
    }

    /** A count whose share of {@code sample} is at least {@code percent}: 1 to 2.5 times the maximum. */
    private static int atLeastRate(int sample, int percent, SplittableRandom random) {
        int count = (int) Math.ceil(sample * percent * (1 + 1.5 * random.nextDouble()) / 100.0);
        while (count * 100L < (long) sample * percent) {
            count++;
        }
        return Math.min(count, sample);
    }

    /** A count whose share of {@code sample} stays below {@code percent}; often none at all. */
    private static int belowRate(int sample, int percent, SplittableRandom random) {
        int count = random.nextDouble() < 0.4 ? 0 : (int) Math.floor(sample * percent * random.nextDouble() / 100.0);
        while (count > 0 && count * 100L >= (long) sample * percent) {
            count--;
        }
        return count;
    }

    private static int recognising(SplittableRandom random, int surveyed, boolean pass) {
        int min = Targets.RECOGNITION_MIN_PERCENT;
        if (pass) {
            int count = (int) Math.ceil(surveyed * (min + (100 - min) * random.nextDouble()) / 100.0);
            while (count * 100L < (long) surveyed * min) {
                count++;
            }
            return Math.min(count, surveyed);
        }
        int count = (int) Math.floor(surveyed * (min - 12 + 11.9 * random.nextDouble()) / 100.0);
        while (count * 100L >= (long) surveyed * min) {
            count--;
        }
        return count;
    }
}
