package org.povertyexit.monitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetFormat;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.dataset.DatasetWriter;
import org.povertyexit.monitor.dataset.HeaderLanguage;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts a dataset between its forms (data-format.md): a .json file, a folder of CSV "
                + "files, an .xlsx workbook. The input is checked in full first; an invalid one is not converted. "
                + "Exit 0 done, 2 invalid input (problems on stderr), 1 any other failure.")
public class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Dataset: a .json file, a CSV folder or an .xlsx workbook.")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "json|csv|xlsx", converter = FormatName.class,
            description = "The form to write.")
    DatasetFormat to;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Where to write: a .json file, a folder (csv) or an .xlsx file.")
    Path out;

    @Option(names = "--headers", paramLabel = "en|zh", converter = HeaderName.class, defaultValue = "en",
            description = "Column (and sheet) names of CSV/XLSX output: English field names or Chinese labels "
                    + "(default: ${DEFAULT-VALUE}).")
    HeaderLanguage headers;

    @Option(names = "--errors-json", paramLabel = "FILE",
            description = "When the input is rejected, write every problem to FILE as JSON.")
    Path errorsJson;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        DatasetLoader loader = new DatasetLoader(line -> {
            err.println(line);
            err.flush();
        });
        Dataset dataset;
        try {
            dataset = loader.load(input);
        } catch (InvalidDatasetException e) {
            if (errorsJson != null) {
                Files.createDirectories(errorsJson.toAbsolutePath().getParent());
                ReportJson.MAPPER.writeValue(errorsJson.toFile(), e.errors());
            }
            ExitCodes.printProblems(err, e.errors());
            return ExitCodes.INVALID_INPUT;
        }
        loader.warnings().forEach(err::println);
        try (DatasetWriter writer = to.writer(out, headers)) {
            writer.write(dataset);
        }
        err.println("wrote " + out + " (" + to.name().toLowerCase(Locale.ROOT) + ": " + dataset.counties().size()
                + " counties, " + dataset.villages().size() + " villages, " + dataset.households().size()
                + " households, " + dataset.memberCount() + " members)");
        err.flush();
        return ExitCodes.OK;
    }

    /** Accepts the form in any case: {@code --to csv}. */
    static final class FormatName implements ITypeConverter<DatasetFormat> {
        @Override
        public DatasetFormat convert(String value) {
            try {
                return DatasetFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown form '" + value + "': use json, csv or xlsx");
            }
        }
    }

    static final class HeaderName implements ITypeConverter<HeaderLanguage> {
        @Override
        public HeaderLanguage convert(String value) {
            try {
                return HeaderLanguage.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown header language '" + value + "': use en or zh");
            }
        }
    }
}
