package org.povertyexit.monitor.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads a dataset in any supported form, chosen by the path ({@link DatasetFormat#of}): a .json file,
 * a CSV folder, an .xlsx workbook.
 */
public final class DatasetLoader {

    /** Problems that did not reject the dataset (unknown columns), for the caller to show. */
    private List<InputError> warnings = List.of();
    private final Consumer<String> progress;

    public DatasetLoader() {
        this(null);
    }

    /** {@code progress} receives a line now and then while a large input loads (null: none). */
    public DatasetLoader(Consumer<String> progress) {
        this.progress = progress;
    }

    public Dataset load(Path input) throws IOException, InvalidDatasetException {
        DatasetReader reader = existingReader(input);
        DatasetAssembler assembler = new DatasetAssembler(new LoadProgress(progress));
        reader.read(input, assembler);
        Dataset dataset = assembler.finish(reader.metaSource(input));
        warnings = assembler.problems();
        return dataset;
    }

    /**
     * Checks the input while its households and members go to {@code sink} as they are read, without
     * holding them: what a large input is evaluated from. Returns the rest of the dataset if it is valid.
     */
    public DatasetOutline check(Path input, DatasetAssembler.RecordSink sink) throws IOException, InvalidDatasetException {
        DatasetReader reader = existingReader(input);
        DatasetAssembler assembler = new DatasetAssembler(new LoadProgress(progress), sink);
        reader.read(input, assembler);
        DatasetOutline outline = assembler.check(reader.metaSource(input));
        warnings = assembler.problems();
        return outline;
    }

    /** A JSON dataset from a stream; {@code name} is what problems are reported against. */
    public Dataset loadJson(String name, InputStream json) throws IOException, InvalidDatasetException {
        DatasetAssembler assembler = new DatasetAssembler();
        new JsonDatasetReader().read(name, json, assembler);
        Dataset dataset = assembler.finish(name);
        warnings = assembler.problems();
        return dataset;
    }

    public List<InputError> warnings() {
        return warnings;
    }

    private static DatasetReader existingReader(Path input) throws InvalidDatasetException {
        String file = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        if (!Files.exists(input)) {
            throw InvalidDatasetException.of(InputError.error(file, null, null, null, "no such file or folder"));
        }
        return readerFor(input);
    }

    static DatasetReader readerFor(Path input) throws InvalidDatasetException {
        return DatasetFormat.of(input).reader();
    }
}
