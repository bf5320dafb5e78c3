package org.povertyexit.monitor.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.Region;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.VillageResult;

class DatasetGeneratorTest {

    private static final GeneratorSettings SETTINGS = new GeneratorSettings(10, 80, 77);
    private static byte[] json;
    private static Dataset dataset;
    private static Report report;

    @BeforeAll
    static void generate() throws Exception {
        json = GeneratedDatasets.json(SETTINGS);
        dataset = GeneratedDatasets.load(json);
        report = ExitAssessment.load(null).assess(dataset);
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        assertThat(GeneratedDatasets.json(SETTINGS)).isEqualTo(json);
        assertThat(GeneratedDatasets.json(new GeneratorSettings(10, 80, 78))).isNotEqualTo(json);
    }

    @Test
    void hasTheRequestedCountsAndPassesValidation() {
        assertThat(dataset.counties()).hasSize(10);
        assertThat(dataset.households()).hasSize(800);
        assertThat(dataset.counties()).extracting(County::code)
                .contains("640422", "640423", "640425", "640424", "640402", "640522", "640324", "640303");
        assertThat(dataset.counties()).allMatch(county -> county.region() == Region.WEST);
        Map<String, String> countyOfVillage = dataset.villages().stream()
                .collect(Collectors.toMap(v -> v.code(), v -> v.countyCode()));
        Map<String, Long> householdsByCounty = dataset.households().stream()
                .collect(Collectors.groupingBy(h -> countyOfVillage.get(h.villageCode()), Collectors.counting()));
        assertThat(householdsByCounty.values()).containsOnly(80L);
    }

    @Test
    void countsAreConsistentWithTheHouseholdsListed() {
        Map<String, Long> personsByVillage = dataset.households().stream()
                .collect(Collectors.groupingBy(Household::villageCode, Collectors.summingLong(Household::memberCount)));
        assertThat(dataset.villages()).allSatisfy(village ->
                assertThat((long) village.registeredPopulation()).isGreaterThanOrEqualTo(personsByVillage.get(village.code())));
        for (County county : dataset.counties()) {
            long villagePopulation = dataset.villages().stream().filter(v -> v.countyCode().equals(county.code()))
                    .mapToLong(v -> v.registeredPopulation()).sum();
            assertThat((long) county.ruralPopulation()).isGreaterThanOrEqualTo(villagePopulation);
            assertThat(county.wrongExitPersons()).isBetween(0, county.sampledExitedPersons());
            assertThat(county.missedPersons()).isBetween(0, county.sampledNonRegisteredPersons());
            assertThat(county.recognizingHouseholds()).isBetween(0, county.surveyedHouseholds());
        }
    }

    @Test
    void householdsLookLikeNingxiasSouth() {
        double meanSize = dataset.households().stream().mapToInt(Household::memberCount).average().orElseThrow();
        assertThat(meanSize).isBetween(3.6, 4.5);
        assertThat(dataset.households()).allMatch(h -> h.memberCount() >= 1 && h.memberCount() <= 7);
        long belowLine = dataset.households().stream().filter(Household::registered)
                .filter(h -> h.perCapitaNetIncome().compareTo(Targets.POVERTY_LINE) <= 0).count();
        assertThat(belowLine).isPositive();
        Map<String, String> countyOfVillage = dataset.villages().stream()
                .collect(Collectors.toMap(v -> v.code(), v -> v.countyCode()));
        Map<String, String> countyOfHousehold = dataset.households().stream()
                .collect(Collectors.toMap(Household::id, h -> countyOfVillage.get(h.villageCode())));
        List<Member> members = dataset.households().stream().flatMap(h -> h.members().stream()).toList();
        assertThat(members).allSatisfy(member -> {
            String id = member.idNumber();
            assertThat(id).hasSize(18).startsWith(countyOfHousehold.get(member.householdId()));
            assertThat(id.charAt(17)).isEqualTo(IdNumbers.checkCharacter(id.substring(0, 17)));
            assertThat(id.substring(6, 14)).isEqualTo(member.birthDate().toString().replace("-", ""));
            assertThat(member.name()).hasSizeBetween(2, 3);
        });
    }

    /** The generator plans projected poor per village from the faults it means; the rules must find exactly those. */
    @Test
    void theRulesFindExactlyTheFailuresThePlanIntended() throws Exception {
        List<CountyPlan> plans = new Planner(SETTINGS, new ProfileDrawer()).plan();
        Map<String, VillageResult> results = report.villages().stream()
                .collect(Collectors.toMap(VillageResult::code, Function.identity()));
        for (CountyPlan plan : plans) {
            for (VillagePlan village : plan.villages()) {
                VillageResult result = results.get(village.village().code());
                assertThat(result.projectedPoor()).as(village.village().code())
                        .isEqualTo((int) village.tally().projectedPoor());
                if (village.design().povertyVillage()) {
                    assertThat(result.failed()).as(village.village().code()).hasSize(village.design().shortfalls().size());
                    assertThat(result.status()).isEqualTo(village.design().shortfalls().isEmpty()
                            ? ExitStatus.EXIT_READY : ExitStatus.NOT_READY);
                }
            }
            ExitStatus county = report.counties().stream().filter(c -> c.code().equals(plan.county().code()))
                    .findFirst().orElseThrow().status();
            assertThat(county).as(plan.county().code())
                    .isEqualTo(plan.kind() == CountyKind.READY ? ExitStatus.EXIT_READY : ExitStatus.NOT_READY);
        }
    }

    /** Each registered household fails exactly the H-criteria its profile meant it to fail, no more, no fewer. */
    @Test
    void everyHouseholdFailsExactlyItsIntendedCriteria() throws Exception {
        Map<String, List<String>> failed = report.households().stream()
                .collect(Collectors.toMap(h -> h.id(), h -> h.failed()));
        ProfileDrawer drawer = new ProfileDrawer();
        int written = 0;
        for (CountyPlan plan : new Planner(SETTINGS, drawer).plan()) {
            for (VillagePlan village : plan.villages()) {
                VillageDesign design = village.design();
                var profiles = Seeds.stream(SETTINGS.seed(), Seeds.Purpose.PROFILE, design.countyIndex(),
                        design.villageIndex());
                for (int i = 0; i < design.households(); i++) {
                    HouseholdProfile profile = drawer.draw(profiles, design.faultWeight());
                    String id = String.format("H%07d", ++written);
                    List<String> intended = profile.registered() ? java.util.Arrays.stream(Fault.values())
                            .filter(profile::has).map(Fault::code).sorted().toList() : List.of();
                    assertThat(failed.get(id)).as(id).containsExactlyElementsOf(intended);
                }
            }
        }
        assertThat(written).isEqualTo(800);
    }
}
