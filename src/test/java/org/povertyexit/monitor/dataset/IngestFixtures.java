package org.povertyexit.monitor.dataset;

import java.nio.file.Path;

/** The small valid dataset of the ingestion tests, in its committed forms. */
final class IngestFixtures {

    static final Path DIR = Path.of("src/test/resources/ingest");
    static final Path SAMPLE_JSON = DIR.resolve("sample.json");
    static final Path SAMPLE_CSV = DIR.resolve("sample-csv");
    static final Path SAMPLE_ZH_XLSX = DIR.resolve("sample-zh.xlsx");
    static final Path MIXED_HEADERS_CSV = DIR.resolve("mixed-headers");
    static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");

    private IngestFixtures() {
    }

    static Dataset load(Path input) throws Exception {
        return new DatasetLoader().load(input);
    }
}
