package org.povertyexit.monitor.generator;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.povertyexit.monitor.dataset.Village;

/**
 * Decides each village: poverty village or not, and for a lagging poverty village which V-criteria it
 * misses. Shortfalls rotate through the six criteria across the whole run, so even a small run shows
 * every village criterion failing somewhere; ready villages meet every one.
 */
final class VillageDesigner {

    private static final String PLACE_FIRST = "马张李杨王田海何苏丁红石沙黄大小高新上下南北东西";
    private static final List<String> PLACE_SECOND =
            List.of("家湾", "家岔", "家堡", "家庄", "家川", "家沟", "家塬", "台", "滩", "洼", "岘", "河", "岔", "庄");
    static final List<String> INDUSTRIES = List.of("肉牛养殖", "马铃薯种植", "冷凉蔬菜", "中蜂养殖", "滩羊养殖",
            "小杂粮", "枸杞种植", "苗木花卉", "劳务输出", "光伏扶贫", "中药材种植");

    private final long seed;
    private int nextShortfall;

    VillageDesigner(long seed) {
        this.seed = seed;
    }

    VillageDesign design(int countyIndex, CountySeat seat, CountyKind kind, int villageIndex, int households) {
        SplittableRandom random = Seeds.stream(seed, Seeds.Purpose.VILLAGE, countyIndex, villageIndex);
        int townships = seat.townships().size();
        int township = villageIndex % townships;
        String code = seat.code() + (100 + township) + (200 + villageIndex / townships);
        String name = PLACE_FIRST.charAt(random.nextInt(PLACE_FIRST.length()))
                + PLACE_SECOND.get(random.nextInt(PLACE_SECOND.size())) + "村";
        // the first village of each county is a poverty village: the seed counties all had many
        boolean poverty = villageIndex == 0 || random.nextDouble() < 0.6;
        boolean deep = poverty && random.nextDouble() < 0.3;
        boolean scarce = random.nextDouble() < (seat.dry() ? 0.5 : 0.15);
        Set<VillageShortfall> shortfalls = EnumSet.noneOf(VillageShortfall.class);
        double lagging = random.nextDouble();
        VillageShortfall extra = VillageShortfall.values()[random.nextInt(VillageShortfall.values().length)];
        if (poverty && kind == CountyKind.LAGGING_INCIDENCE) {
            shortfalls.add(VillageShortfall.INCIDENCE);
        } else if (poverty && (villageIndex == 0 || lagging < 0.3)) {
            // each county's first village lags, so that the rotation reaches every criterion even in small runs
            shortfalls.add(VillageShortfall.values()[nextShortfall++ % VillageShortfall.values().length]);
            if (lagging < 0.08) {
                shortfalls.add(extra);
            }
        }
        double weight = !poverty ? 0.5 : shortfalls.contains(VillageShortfall.INCIDENCE) ? 2.0
                : shortfalls.isEmpty() ? 0.3 : 1.0;
        return new VillageDesign(countyIndex, villageIndex, seat.code(), code, seat.townships().get(township), name, poverty,
                deep, scarce, shortfalls, weight, households);
    }

    /** The village record, its registered population chosen from the tallied households. */
    Village village(VillageDesign design, VillageTally tally) {
        SplittableRandom random = Seeds.stream(seed, Seeds.Purpose.VILLAGE_VALUES, design.countyIndex(),
                design.villageIndex());
        // the listed households are the registered ones and some ordinary ones: a fifth to a half of the village
        long natural = Math.max(tally.persons(), Math.round(tally.persons() / (0.2 + 0.3 * random.nextDouble())));
        long population = natural;
        if (design.povertyVillage() && design.fails(VillageShortfall.INCIDENCE)) {
            population = Math.max(tally.persons(),
                    Math.min(natural, Targets.largestFailingPopulation(tally.projectedPoor())));
        } else if (design.povertyVillage()) {
            population = Math.max(natural, Targets.smallestPassingPopulation(tally.projectedPoor())
                    + random.nextInt(Math.toIntExact(tally.persons() / 2 + 1)));
        }
        return new Village(design.code(), design.countyCode(), design.township(), design.name(),
                design.povertyVillage(), design.deepPoverty(), Math.toIntExact(population),
                collectiveIncome(random, design), industry(random, design),
                !design.fails(VillageShortfall.ROAD), !design.fails(VillageShortfall.POWER),
                !design.fails(VillageShortfall.CLINIC) && (design.povertyVillage() || random.nextDouble() < 0.9),
                design.waterScarce());
    }

    private static BigDecimal collectiveIncome(SplittableRandom random, VillageDesign design) {
        if (design.fails(VillageShortfall.COLLECTIVE_INCOME)) {
            return BigDecimal.valueOf(random.nextInt(Targets.COLLECTIVE_INCOME_MIN / 100) * 100L, 0).setScale(2);
        }
        if (design.povertyVillage() && random.nextDouble() < 0.08) {
            return BigDecimal.valueOf(Targets.COLLECTIVE_INCOME_MIN).setScale(2);
        }
        return BigDecimal.valueOf(Targets.COLLECTIVE_INCOME_MIN + random.nextInt(350_000), 0).setScale(2);
    }

    private static String industry(SplittableRandom random, VillageDesign design) {
        if (design.fails(VillageShortfall.INDUSTRY)) {
            return random.nextBoolean() ? "" : null;
        }
        return INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
    }
}
