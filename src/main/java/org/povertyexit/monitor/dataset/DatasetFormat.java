package org.povertyexit.monitor.dataset;

import java.io.IOException;
import java.nio.file.Path;

/** The forms a dataset can be written in (data-format.md), each with its streaming writer. */
public enum DatasetFormat {
    JSON {
        @Override
        public DatasetWriter writer(Path out) throws IOException {
            return new JsonDatasetWriter(out);
        }
    };

    public abstract DatasetWriter writer(Path out) throws IOException;
}
