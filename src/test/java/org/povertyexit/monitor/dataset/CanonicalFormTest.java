package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.Hashes;

class CanonicalFormTest {

    @Test
    void theStreamedHashIsTheHashOfTheWholeCanonicalForm() throws Exception {
        Dataset sample = IngestFixtures.load(IngestFixtures.SAMPLE_JSON);

        assertThat(CanonicalForm.sha256(sample)).isEqualTo(Hashes.sha256(CanonicalForm.bytes(sample)));
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
