package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One canonical form: every form of the same dataset loads to equal facts and the same input hash. */
class DatasetRoundTripTest {

    @Test
    void jsonToCsvToXlsxToJsonKeepsEveryFact(@TempDir Path dir) throws Exception {
        Dataset original = IngestFixtures.load(IngestFixtures.SAMPLE_JSON);

        Dataset csv = writeAndLoad(original, DatasetFormat.CSV, dir.resolve("csv"), HeaderLanguage.EN);
        Dataset xlsx = writeAndLoad(csv, DatasetFormat.XLSX, dir.resolve("book.xlsx"), HeaderLanguage.EN);
        Dataset json = writeAndLoad(xlsx, DatasetFormat.JSON, dir.resolve("back.json"), HeaderLanguage.EN);

        assertThat(csv).isEqualTo(original);
        assertThat(xlsx).isEqualTo(original);
        assertThat(json).isEqualTo(original);
        String hash = CanonicalForm.sha256(original);
        assertThat(CanonicalForm.sha256(csv)).isEqualTo(hash);
        assertThat(CanonicalForm.sha256(xlsx)).isEqualTo(hash);
        assertThat(CanonicalForm.sha256(json)).isEqualTo(hash);
    }

    @ParameterizedTest
    @EnumSource(DatasetFormat.class)
    void chineseHeadersReadBackToTheSameFacts(DatasetFormat format, @TempDir Path dir) throws Exception {
        Dataset original = IngestFixtures.load(IngestFixtures.SAMPLE_JSON);
        Path out = dir.resolve(switch (format) {
            case JSON -> "zh.json";
            case CSV -> "zh";
            case XLSX -> "zh.xlsx";
        });

        assertThat(writeAndLoad(original, format, out, HeaderLanguage.ZH)).isEqualTo(original);
    }

    @Test
    void theCommittedFormsOfTheSampleAreTheSameDataset() throws Exception {
        String hash = CanonicalForm.sha256(IngestFixtures.load(IngestFixtures.SAMPLE_JSON));

        assertThat(CanonicalForm.sha256(IngestFixtures.load(IngestFixtures.SAMPLE_CSV))).isEqualTo(hash);
        assertThat(CanonicalForm.sha256(IngestFixtures.load(IngestFixtures.SAMPLE_ZH_XLSX))).isEqualTo(hash);
        assertThat(CanonicalForm.sha256(IngestFixtures.load(IngestFixtures.MIXED_HEADERS_CSV))).isEqualTo(hash);
    }

    private static Dataset writeAndLoad(Dataset dataset, DatasetFormat format, Path out, HeaderLanguage headers)
            throws Exception {
        try (DatasetWriter writer = format.writer(out, headers)) {
            writer.write(dataset);
        }
        assertThat(DatasetFormat.of(out)).isEqualTo(format);
        return IngestFixtures.load(out);
    }
}
