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
        String file = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        if (!Files.exists(input)) {
            throw InvalidDatasetException.of(InputError.error(file, null, null, null, "no such file or folder"));
        }
        DatasetReader reader = readerFor(input);
        DatasetAssembler assembler = new DatasetAssembler(new LoadProgress(progress));
        reader.read(input, assembler);
        Dataset dataset = assembler.finish(reader.metaSource(input));
        warnings = assembler.problems();
        return dataset;
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

    static DatasetReader readerFor(Path input) throws InvalidDatasetException {
        return DatasetFormat.of(input).reader();
    }
}
