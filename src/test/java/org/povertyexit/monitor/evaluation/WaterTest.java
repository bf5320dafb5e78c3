package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.report.Flag;

/**
 * H-WATER: at least 35 L per person per day (20 in a water-scarce village), piped or fetched within a
 * 20-minute round trip, at most 36 days of short supply, and quality up to standard.
 */
class WaterTest {

    private static Facts facts() {
        return Facts.baseline();
    }

    @Test
    void baselineWaterPasses() {
        assertThat(facts().assess().household().failed()).isEmpty();
    }

    @Test
    void exactlyThirtyFiveLitresPasses() {
        Facts facts = facts();
        facts.household().set("waterLitersPerDay", "35");

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void belowThirtyFiveLitresFailsForWater() {
        Facts facts = facts();
        facts.household().set("waterLitersPerDay", "34.9");

        Assessed result = facts.assess();

        assertThat(result.household().failed()).containsExactly("H-WATER");
        Flag flag = result.flag(result.household().flags(), "H-WATER");
        assertThat(flag.parameter()).isEqualTo("water.min_liters");
        assertThat(flag.threshold()).isEqualByComparingTo("35");
        assertThat(result.item("H1", "H-WATER").department()).isEqualTo(Department.WATER);
    }

    @Test
    void waterScarceVillageNeedsTwentyLitresOnly() {
        Facts twenty = facts();
        twenty.village().set("waterScarce", true);
        twenty.household().set("waterLitersPerDay", "20");
        Facts belowTwenty = facts();
        belowTwenty.village().set("waterScarce", true);
        belowTwenty.household().set("waterLitersPerDay", "19.9");

        assertThat(twenty.assess().household().failed()).isEmpty();
        Assessed result = belowTwenty.assess();
        assertThat(result.household().failed()).containsExactly("H-WATER");
        assertThat(result.flag(result.household().flags(), "H-WATER").parameter())
                .isEqualTo("water.min_liters_scarce");
    }

    @Test
    void twentyLitresFailOutsideAWaterScarceVillage() {
        Facts facts = facts();
        facts.household().set("waterLitersPerDay", "20");

        assertThat(facts.assess().household().failed()).containsExactly("H-WATER");
    }

    @Test
    void notPipedWithATwentyMinuteRoundTripPasses() {
        Facts facts = facts();
        facts.household().set("waterPiped", false).set("waterRoundTripMinutes", "20");

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void notPipedWithALongerRoundTripFails() {
        Facts facts = facts();
        facts.household().set("waterPiped", false).set("waterRoundTripMinutes", "20.5");

        Assessed result = facts.assess();

        assertThat(result.household().failed()).containsExactly("H-WATER");
        assertThat(result.flag(result.household().flags(), "H-WATER").parameter())
                .isEqualTo("water.max_round_trip_minutes");
    }

    @Test
    void pipedWaterIgnoresTheRoundTrip() {
        Facts facts = facts();
        facts.household().set("waterPiped", true).set("waterRoundTripMinutes", "60");

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void thirtySixDaysOfShortSupplyPassThirtySevenFail() {
        Facts thirtySix = facts();
        thirtySix.household().set("waterOutageDays", 36);
        Facts thirtySeven = facts();
        thirtySeven.household().set("waterOutageDays", 37);

        assertThat(thirtySix.assess().household().failed()).isEmpty();
        Assessed result = thirtySeven.assess();
        assertThat(result.household().failed()).containsExactly("H-WATER");
        assertThat(result.flag(result.household().flags(), "H-WATER").parameter())
                .isEqualTo("water.max_outage_days");
    }

    @Test
    void poorWaterQualityFails() {
        Facts facts = facts();
        facts.household().set("waterQualityOk", false);

        assertThat(facts.assess().household().failed()).containsExactly("H-WATER");
    }

    @Test
    void severalWaterProblemsGiveOneItemNamingEach() {
        Facts facts = facts();
        facts.household().set("waterQualityOk", false).set("waterOutageDays", 40);

        Assessed result = facts.assess();

        assertThat(result.remediation("H1")).hasSize(1);
        assertThat(result.flag(result.household().flags(), "H-WATER").message())
                .contains("short supply").contains("quality");
    }

    @Test
    void everyFailingCheckIsOneFlagAndOneItemWithTheFirstStatedCheckReported() {
        Facts facts = facts();
        facts.household().set("waterQualityOk", false);
        facts.household().set("waterLitersPerDay", "10");

        Assessed result = facts.assess();

        assertThat(result.household().flags()).singleElement().satisfies(flag -> {
            assertThat(flag.criterion()).isEqualTo("H-WATER");
            assertThat(flag.rule()).isEqualTo("H-WATER safe drinking water");
            assertThat(flag.parameter()).isEqualTo("water.min_liters");
            assertThat(flag.measured()).isEqualByComparingTo("10");
            assertThat(flag.message()).isEqualTo("too little water per person per day (10 vs 35); "
                    + "water quality below standard");
        });
        assertThat(result.remediation("H1")).singleElement()
                .satisfies(item -> assertThat(item.criterion()).isEqualTo("H-WATER"));
    }

    @Test
    void aLaterCheckAloneIsReportedWithItsOwnValues() {
        Facts facts = facts();
        facts.household().set("waterOutageDays", 40);

        Assessed result = facts.assess();

        Flag flag = result.flag(result.household().flags(), "H-WATER");
        assertThat(flag.parameter()).isEqualTo("water.max_outage_days");
        assertThat(flag.message()).isEqualTo("too many days of short supply (40 vs 36)");
        // the flag names the criterion's rule, whichever of its checks failed
        assertThat(flag.rule()).isEqualTo("H-WATER safe drinking water");
    }
}
