package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CSV form: a folder of meta.csv, counties.csv, villages.csv, households.csv and members.csv,
 * UTF-8 with or without BOM. Files are parsed by Jackson's CSV module (quoted values may hold commas,
 * quotes and line breaks) one row at a time ({@link RowsAhead}), so only what the assembler keeps stays in memory.
 */
public final class CsvDatasetReader implements DatasetReader {

    private static final ObjectReader ROWS = new CsvMapper().readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY);

    @Override
    public String metaSource(Path input) {
        return fileName(DatasetSchema.META);
    }

    static String fileName(EntitySchema schema) {
        return schema.name() + ".csv";
    }

    @Override
    public void read(Path folder, DatasetAssembler assembler) throws IOException {
        if (!Files.isDirectory(folder)) {
            assembler.problem(InputError.error(String.valueOf(folder.getFileName()), null, null, null,
                    "not a folder: the CSV form is a folder of meta.csv, counties.csv, villages.csv, "
                            + "households.csv and members.csv"));
            return;
        }
        warnUnknownFiles(folder, assembler);
        for (EntitySchema schema : DatasetSchema.ALL) {
            Path file = folder.resolve(fileName(schema));
            if (Files.isRegularFile(file)) {
                readFile(file, schema, assembler);
            } else {
                assembler.problem(InputError.error(fileName(schema), null, null, null,
                        "missing file: the folder has no " + fileName(schema) + " (" + schema.label() + ")"));
                assembler.unreadable(schema);
            }
        }
    }

    private static void warnUnknownFiles(Path folder, DatasetAssembler assembler) throws IOException {
        Set<String> expected = new TreeSet<>();
        DatasetSchema.ALL.forEach(schema -> expected.add(fileName(schema)));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{csv,CSV}")) {
            Set<String> unknown = new TreeSet<>();
            files.forEach(file -> unknown.add(file.getFileName().toString()));
            unknown.removeAll(expected);
            unknown.forEach(name -> assembler.problem(InputError.warning(name, null, null, null,
                    "unknown file, ignored" + (expected.contains(name.toLowerCase(Locale.ROOT))
                            ? " (file names are lower case: " + name.toLowerCase(Locale.ROOT) + ")" : ""))));
        }
    }

    private void readFile(Path path, EntitySchema schema, DatasetAssembler assembler) throws IOException {
        String file = path.getFileName().toString();
        int row = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), TextFileCheck.SNIFF_BYTES)) {
            TextFileCheck.Verdict verdict = TextFileCheck.check(in, "CSV");
            EntityTable table = new EntityTable(file, schema, assembler, TextFileCheck.notUtf8(verdict.looksGbk()));
            if (verdict.problem() != null) {
                table.unreadable(verdict.problem());
                return;
            }
            try (MappingIterator<String[]> values = ROWS.readValues(new BoundedLines(utf8(in)));
                 RowsAhead<IOException> rows = new RowsAhead<>(file, sink -> split(values, sink))) {
                for (RowsAhead.Row next = rows.next(); next != null; next = rows.next()) {
                    row = next.number();
                    if (row == 1) {
                        stripBom(next.cells());
                        table.header(next.cells());
                        if (!table.hasHeader()) {
                            return;
                        }
                    } else {
                        table.row(row, next.cells());
                    }
                }
            } catch (JsonProcessingException e) {
                assembler.problem(InputError.error(file, row + 1, null, null, syntaxProblem(e)));
                assembler.unreadable(schema);
                return;
            }
            table.finish("empty file", row > 0);
        }
    }

    /** Splits the file into rows of cells, numbered from 1 (the header). */
    private static void split(MappingIterator<String[]> values, RowsAhead.RowSink rows) throws IOException {
        for (int number = 1; values.hasNextValue(); number++) {
            rows.row(number, Arrays.asList(values.nextValue()));
        }
    }

    /**
     * Bytes that are not UTF-8 (a GBK export) become U+FFFD, which the table reports at the first cell
     * holding one: a row and field the user can find, where a decoding exception would only say "somewhere
     * in the next 8 KiB".
     */
    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static void stripBom(List<String> header) {
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
    }

    private static String syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof BoundedLines.TooLong tooLong) {
            return tooLong.getMessage();
        }
        String message = e.getOriginalMessage();
        if (message != null && message.contains("closing quote")) {
            return "a quoted value is never closed: truncated file?";
        }
        return "not valid CSV: " + message;
    }
}
