package org.povertyexit.monitor.dataset;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one input form into the {@link DatasetAssembler}, which does the typing and checking. */
public interface DatasetReader {

    /** Feeds every record and every problem of the form (syntax, headers) to the assembler. */
    void read(Path input, DatasetAssembler assembler) throws IOException;

    /** The file or sheet name that meta problems are reported against. */
    String metaSource(Path input);
}
