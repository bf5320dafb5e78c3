package org.povertyexit.monitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.report.ReportJson;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The INPUT dataset that evaluate, convert and scenario read, and where its problems may also go. */
public class DatasetInput {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Dataset: a .json file, a CSV folder or an .xlsx workbook (docs/data-format.md).")
    Path input;

    @Option(names = "--errors-json", paramLabel = "FILE",
            description = "When the input is rejected, write every problem to FILE as JSON.")
    Path errorsJson;

    /** What is done with INPUT through a loader: loading it whole, or evaluating it as it streams. */
    public interface Reading<T, E extends Exception> {
        T read(DatasetLoader loader, Path input) throws IOException, InvalidDatasetException, E;
    }

    /**
     * Loads INPUT with progress and warnings on {@code err}. A rejected input is thrown on (the command
     * line prints it and exits 2) after its problems are written to {@code --errors-json}.
     */
    public Dataset load(PrintWriter err) throws IOException, InvalidDatasetException {
        return read(err, DatasetLoader::load);
    }

    /** Progress lines to {@code err}, each shown at once. */
    public static Consumer<String> progressTo(PrintWriter err) {
        return line -> {
            err.println(line);
            err.flush();
        };
    }

    /** As {@link #load}, for any reading of INPUT. */
    public <T, E extends Exception> T read(PrintWriter err, Reading<T, E> reading)
            throws IOException, InvalidDatasetException, E {
        DatasetLoader loader = new DatasetLoader(progressTo(err));
        try {
            T result = reading.read(loader, input);
            loader.warnings().forEach(err::println);
            return result;
        } catch (InvalidDatasetException e) {
            if (errorsJson != null) {
                Path parent = errorsJson.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                ReportJson.MAPPER.writeValue(errorsJson.toFile(), e.errors());
            }
            throw e;
        }
    }
}
