package org.povertyexit.monitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.povertyexit.monitor.dataset.DatasetFormat;
import org.povertyexit.monitor.dataset.DatasetWriter;
import org.povertyexit.monitor.generator.DatasetGenerator;
import org.povertyexit.monitor.generator.GeneratorSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic dataset shaped on Ningxia's southern counties in 2019 (all values are "
                + "made up, names and ID numbers included). The same options and seed give the same bytes.")
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--counties", paramLabel = "N", defaultValue = "8",
            description = "Number of counties (the first eight are those of the seed article). Default: ${DEFAULT-VALUE}.")
    int counties;

    @Option(names = "--households-per-county", paramLabel = "M", defaultValue = "1000",
            description = "Households in each county. Default: ${DEFAULT-VALUE}.")
    int householdsPerCounty;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2019", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "Where to write the dataset.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = "json, csv (a folder) or xlsx. Default: ${DEFAULT-VALUE}.")
    DatasetFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(counties, householdsPerCounty, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long started = System.nanoTime();
        DatasetGenerator generator = new DatasetGenerator(settings, line -> {
            err.println("generate: " + line);
            err.flush();
        });
        boolean done = false;
        try (DatasetWriter writer = format.writer(out)) {
            generator.generate(writer);
            done = true;
        } finally {
            if (!done && Files.isRegularFile(out)) {
                // half a dataset is worse than none: it would be rejected, or worse, look complete
                Files.deleteIfExists(out);
            }
        }
        err.printf(Locale.ROOT, "generated %d households in %d counties (seed %d) to %s in %.1f s%n",
                settings.households(), settings.counties(), seed, out, (System.nanoTime() - started) / 1e9);
        return ExitCodes.OK;
    }

    /** Accepts any case; names the formats this build can write when given another. */
    static final class FormatConverter implements CommandLine.ITypeConverter<DatasetFormat> {
        @Override
        public DatasetFormat convert(String value) {
            try {
                return DatasetFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("format '" + value + "' is not available; expected one of "
                        + Arrays.toString(DatasetFormat.values()).toLowerCase(Locale.ROOT));
            }
        }
    }
}
