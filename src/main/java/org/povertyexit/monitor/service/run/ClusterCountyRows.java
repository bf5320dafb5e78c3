package org.povertyexit.monitor.service.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;

/**
 * The county rows a cluster run writes for the service: one {@link CountyPart} a line, as JSON (its
 * compressed columns in base64), in text files {@code part-00000}, … that hold the counties in code order,
 * the order a run stored here gives them. The job writes them and the import reads them with the store's
 * own mapper, so the format is the record's and nothing else.
 */
public final class ClusterCountyRows {

    public static final String FOLDER = "county_rows";

    private final Path folder;

    public ClusterCountyRows(Path folder) {
        this.folder = folder;
    }

    /** A county's row as a line of the folder (its place in the run is given on import). */
    public static String line(CountyPart part) {
        return StoredJson.write(part);
    }

    /** Every row in code order, with its position; a folder out of order is refused, not stored. */
    public void each(ObjIntConsumer<CountyPart> rows) throws IOException {
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(file -> file.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        int position = 0;
        String previous = null;
        for (Path file : parts) {
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    CountyPart row = StoredJson.MAPPER.readValue(line, CountyPart.class);
                    if (previous != null && previous.compareTo(row.countyCode()) >= 0) {
                        throw new IOException(file + ": county " + row.countyCode() + " after " + previous
                                + ", the rows are not in code order");
                    }
                    previous = row.countyCode();
                    rows.accept(row, position++);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        if (position == 0) {
            throw new IOException(folder + " holds no county rows");
        }
    }
}
