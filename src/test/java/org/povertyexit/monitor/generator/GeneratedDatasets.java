package org.povertyexit.monitor.generator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.dataset.JsonDatasetWriter;

/** Generates datasets in memory for tests, as JSON bytes and loaded back through the validating loader. */
final class GeneratedDatasets {

    private GeneratedDatasets() {
    }

    static byte[] json(GeneratorSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonDatasetWriter writer = new JsonDatasetWriter(out)) {
            new DatasetGenerator(settings, line -> { }).generate(writer);
        }
        return out.toByteArray();
    }

    static Dataset load(byte[] json) throws IOException, InvalidDatasetException {
        return new DatasetLoader().loadJson("generated.json", new ByteArrayInputStream(json));
    }
}
