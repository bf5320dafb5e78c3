package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The CSV form, streamed: a folder of the five files, each row written as it comes. Files start with
 * a UTF-8 BOM so that Excel shows Chinese text correctly (the reader accepts it either way); values are
 * written canonically (codes, true/false, YYYY-MM-DD, plain decimals) and text is guarded against
 * formula injection ({@link FormulaGuard}).
 */
public final class CsvDatasetWriter extends TableDatasetWriter {

    private static final CsvMapper MAPPER = new CsvMapper();

    /** By schema identity: one sequence per file, each closing its file. */
    private final Map<EntitySchema, SequenceWriter> rows = new IdentityHashMap<>();

    public CsvDatasetWriter(Path folder) throws IOException {
        this(folder, HeaderLanguage.EN);
    }

    public CsvDatasetWriter(Path folder, HeaderLanguage headers) throws IOException {
        super(headers);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file; the CSV form is written to a folder");
        }
        Files.createDirectories(folder);
        try {
            for (EntitySchema schema : DatasetSchema.ALL) {
                Writer writer = new BufferedWriter(Files.newBufferedWriter(
                        folder.resolve(CsvDatasetReader.fileName(schema)), StandardCharsets.UTF_8), 1 << 16);
                writer.write('\uFEFF');
                SequenceWriter sequence = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema())
                        .writeValues(writer);
                rows.put(schema, sequence);
                sequence.write(headerRow(schema));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    protected void row(EntitySchema schema, Object[] values) throws IOException {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        rows.get(schema).write(cells);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return FormulaGuard.guarded(text);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (SequenceWriter sequence : rows.values()) {
            try {
                sequence.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
