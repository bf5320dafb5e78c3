package org.povertyexit.monitor.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.Household;
import org.povertyexit.monitor.dataset.Member;

class CountyPartitionTest {

    private static Dataset sample;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadSample() throws Exception {
        sample = new DatasetLoader().load(Path.of("data/ningxia-2019/dataset.json"));
    }

    @Test
    void eachCountyReadsBackItsOwnHouseholdsWithMembersExactlyAsWritten() throws Exception {
        List<CountyFacts> expected = sample.byCounty();
        try (CountyPartition partition = new CountyPartition(folder)) {
            // members first and households last, in reverse: the file order must not matter
            List<Household> households = new ArrayList<>(sample.households());
            java.util.Collections.reverse(households);
            for (Household household : households) {
                String county = countyOf(household);
                household.members().forEach(member -> partition.member(member, county));
            }
            households.forEach(household -> partition.household(household.withMembers(List.of()), countyOf(household)));

            for (CountyFacts county : expected) {
                CountyFacts read = partition.read(county.county(), county.villages());
                assertThat(read.households()).extracting(Household::id)
                        .isEqualTo(county.households().stream().map(Household::id).toList());
                assertThat(read.households()).isEqualTo(county.households());
            }
        }
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void recordsWhoseCountyWasNotYetKnownArePlacedOnceTheInputIsAccepted() throws Exception {
        Household household = sample.households().get(0);
        try (CountyPartition partition = new CountyPartition(folder)) {
            partition.household(household.withMembers(List.of()), null);
            household.members().forEach(member -> partition.member(member, null));

            partition.accepted(id -> id.equals(household.id()) ? "640402" : null);
            CountyFacts read = partition.read(county("640402"), List.of());

            assertThat(read.households()).containsExactly(household);
        }
    }

    @Test
    void countiesWhoseIdsFollowOneAnotherAreInIdOrderAndInterleavedOnesAreNot() throws Exception {
        Household household = sample.households().get(0);
        try (CountyPartition partition = new CountyPartition(folder)) {
            partition.household(withId(household, "A-1"), "640402");
            partition.household(withId(household, "A-2"), "640402");
            partition.household(withId(household, "B-1"), "640424");
            partition.household(withId(household, "B-0"), null); // placed once the input is accepted

            assertThat(partition.inIdOrder(List.of(county("640402"), county("640424"), county("640425")))).isTrue();
            partition.accepted(id -> id.startsWith("B") ? "640424" : "640402");
            assertThat(partition.inIdOrder(List.of(county("640402"), county("640424")))).isTrue();
            assertThat(partition.inIdOrder(List.of(county("640424"), county("640402")))).isFalse();

            partition.household(withId(household, "A-15"), "640424"); // between: interleaved
            assertThat(partition.inIdOrder(List.of(county("640402"), county("640424")))).isFalse();
        }
    }

    private static Household withId(Household household, String id) {
        return new Household(id, household.villageCode(), household.status(), household.povertyAttribute(),
                household.mainCause(), household.wageIncome(), household.businessIncome(), household.propertyIncome(),
                household.transferIncome(), household.businessExpense(), household.reportedPerCapitaNetIncome(),
                household.foodSecure(), household.clothingSecure(), household.housingGrade(), household.relocated(),
                household.relocationKeysReceived(), household.waterLitersPerDay(), household.waterPiped(),
                household.waterRoundTripMinutes(), household.waterOutageDays(), household.waterQualityOk(),
                household.medicalCostTotal(), household.medicalSelfPaid(), household.industrySubsidy(), List.of());
    }

    /** More counties than files kept open: a file closed early is reopened to append, nothing lost. */
    @Test
    void manyMoreCountiesThanOpenFilesLoseNothing() throws Exception {
        Map<String, List<Household>> byCounty = new HashMap<>();
        try (CountyPartition partition = new CountyPartition(folder)) {
            int i = 0;
            for (Household household : sample.households()) {
                String county = "C" + (i++ % 150);
                byCounty.computeIfAbsent(county, k -> new ArrayList<>()).add(household);
                partition.household(household.withMembers(List.of()), county);
                for (Member member : household.members()) {
                    partition.member(member, county);
                }
            }
            for (Map.Entry<String, List<Household>> county : byCounty.entrySet()) {
                assertThat(partition.read(county(county.getKey()), List.of()).households())
                        .containsExactlyInAnyOrderElementsOf(county.getValue());
            }
        }
    }

    private static String countyOf(Household household) {
        return sample.villages().stream().filter(v -> v.code().equals(household.villageCode())).findFirst()
                .orElseThrow().countyCode();
    }

    private static County county(String code) {
        return new County(code, "县", null, 0, 0, 0, 0, 0, 0, 0);
    }
}
