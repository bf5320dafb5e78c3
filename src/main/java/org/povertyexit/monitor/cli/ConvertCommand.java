package org.povertyexit.monitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.dataset.DatasetFormat;
import org.povertyexit.monitor.dataset.DatasetWriter;
import org.povertyexit.monitor.dataset.HeaderLanguage;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.label.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts a dataset between its forms (docs/data-format.md): a .json file, a folder of CSV "
                + "files, an .xlsx workbook. The input is checked in full first; an invalid one is not converted. "
                + "Exit 0 done, 2 invalid input (problems on stderr), 1 any other failure.")
public class ConvertCommand implements Callable<Integer> {

    @Mixin
    DatasetInput input;

    @Option(names = "--to", required = true, paramLabel = "json|csv|xlsx", converter = FormatName.class,
            description = "The form to write.")
    DatasetFormat to;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "Where to write: a .json file, a folder (csv) or an .xlsx file.")
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", description = "The language of the problems listed "
            + "(default zh).")
    Language lang = Language.ZH;

    @Option(names = "--headers", paramLabel = "en|zh", converter = HeaderName.class, defaultValue = "en",
            description = "Column (and sheet) names of CSV/XLSX output: English field names or Chinese labels "
                    + "(default: ${DEFAULT-VALUE}).")
    HeaderLanguage headers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InvalidDatasetException {
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset = input.load(err);
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
