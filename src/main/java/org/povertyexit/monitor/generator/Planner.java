package org.povertyexit.monitor.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Village;

/**
 * Plans every county and village before anything is written: the dataset's order (counties, then
 * villages, then households) needs populations and sample counts up front, while households are only
 * drawn when written. The plan holds a few numbers per village, never a household.
 */
final class Planner {

    /** Villages hold 250 listed households on average in big runs; small runs get three per county. */
    static final int HOUSEHOLDS_PER_VILLAGE = 250;

    private final GeneratorSettings settings;
    private final ProfileDrawer drawer;

    Planner(GeneratorSettings settings, ProfileDrawer drawer) {
        this.settings = settings;
        this.drawer = drawer;
    }

    List<CountyPlan> plan() {
        long seed = settings.seed();
        int cycleStart = Seeds.stream(seed, Seeds.Purpose.COUNTY, -1, 0).nextInt(CountyKind.cycleLength());
        VillageDesigner villages = new VillageDesigner(seed);
        CountyDesigner counties = new CountyDesigner(seed);
        List<CountyPlan> plans = new ArrayList<>();
        for (int c = 0; c < settings.counties(); c++) {
            CountySeat seat = CountyCatalogue.at(c);
            CountyKind kind = CountyKind.of(c, cycleStart);
            int[] sizes = villageSizes(Seeds.stream(seed, Seeds.Purpose.COUNTY, c, 1), settings.householdsPerCounty());
            List<VillagePlan> villagePlans = new ArrayList<>();
            VillageTally total = new VillageTally(0, 0, 0, 0);
            long population = 0;
            for (int v = 0; v < sizes.length; v++) {
                VillageDesign design = villages.design(c, seat, kind, v, sizes[v]);
                VillageTally tally = VillageTally.of(seed, design, drawer);
                Village village = villages.village(design, tally);
                villagePlans.add(new VillagePlan(design, village, tally));
                total = total.plus(tally);
                population += village.registeredPopulation();
            }
            County county = counties.county(c, seat, kind, population, total, settings.householdsPerCounty());
            plans.add(new CountyPlan(county, kind, List.copyOf(villagePlans)));
        }
        return plans;
    }

    /** Splits a county's households over its villages: one each, the rest by random weights. */
    static int[] villageSizes(SplittableRandom random, int households) {
        int count = Math.max(Math.min(households, 3), (households + HOUSEHOLDS_PER_VILLAGE - 1) / HOUSEHOLDS_PER_VILLAGE);
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        int[] sizes = new int[count];
        int rest = households - count;
        int given = 0;
        for (int i = 0; i < count; i++) {
            sizes[i] = 1 + (int) Math.floor(rest * weights[i] / sum);
            given += sizes[i];
        }
        for (int i = 0; given < households; i = (i + 1) % count) {
            sizes[i]++;
            given++;
        }
        return sizes;
    }
}
