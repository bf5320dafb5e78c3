package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.Hashes;

class CanonicalFormTest {

    @Test
    void theStreamedHashIsTheHashOfTheWholeCanonicalForm() throws Exception {
        Dataset sample = IngestFixtures.load(IngestFixtures.SAMPLE_JSON);

        assertThat(CanonicalForm.sha256(sample)).isEqualTo(Hashes.sha256(CanonicalForm.bytes(sample)));
    }

    @Test
    void aNameOutsideTheBasicPlaneIsWrittenAlikeWholeAndStreamed() throws Exception {
        Dataset sample = IngestFixtures.load(IngestFixtures.SAMPLE_JSON);
        Household first = sample.households().get(0);
        Member member = first.members().get(0);
        Member renamed = new Member(member.id(), member.householdId(), "\uD840\uDC0B\uD83D\uDE00", member.idNumber(),
                member.relation(), member.birthDate(), member.schooling(), member.schoolExemptHealth(),
                member.health(), member.labour(), member.basicMedicalInsurance(), member.seriousIllnessInsurance());
        List<Household> households = new ArrayList<>(sample.households());
        households.set(0, first.withMembers(List.of(renamed)));
        Dataset odd = new Dataset(sample.meta(), sample.counties(), sample.villages(), households);

        assertThat(CanonicalForm.sha256(odd)).isEqualTo(Hashes.sha256(CanonicalForm.bytes(odd)));
    }

    @Test
    void aHouseholdsFormIsItsPartOfTheDatasetsForm() throws Exception {
        Dataset sample = IngestFixtures.load(IngestFixtures.SAMPLE_JSON);
        String whole = new String(CanonicalForm.bytes(sample), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(whole).contains("\"households\":[" + text(CanonicalForm.of(sample.households().get(0))) + ","
                + text(CanonicalForm.of(sample.households().get(1))) + ",");
    }

    private static String text(byte[] utf8) {
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
