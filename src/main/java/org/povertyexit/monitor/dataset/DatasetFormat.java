package org.povertyexit.monitor.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The three forms of a dataset (data-format.md): how each is recognised, read and written. */
public enum DatasetFormat {
    JSON, CSV, XLSX;

    /** A streaming writer of this form with English headers: a .json file, a CSV folder, an .xlsx file. */
    public DatasetWriter writer(Path out) throws IOException {
        return writer(out, HeaderLanguage.EN);
    }

    /** As above; {@code headers} names the CSV/XLSX columns (and sheets) in English or Chinese. */
    public DatasetWriter writer(Path out, HeaderLanguage headers) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return switch (this) {
            case JSON -> new JsonDatasetWriter(out);
            case CSV -> new CsvDatasetWriter(out, headers);
            case XLSX -> new XlsxDatasetWriter(out, headers);
        };
    }

    public DatasetReader reader() {
        return switch (this) {
            case JSON -> new JsonDatasetReader();
            case CSV -> new CsvDatasetReader();
            case XLSX -> new XlsxDatasetReader();
        };
    }

    /** The form of an existing input: a folder is CSV, otherwise the extension decides. */
    public static DatasetFormat of(Path input) throws InvalidDatasetException {
        String file = String.valueOf(input.getFileName());
        if (Files.isDirectory(input)) {
            return CSV;
        }
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        String reason;
        if (name.endsWith(".csv")) {
            reason = "a single CSV file is not a dataset: give the folder holding meta.csv, counties.csv, "
                    + "villages.csv, households.csv and members.csv";
        } else if (name.endsWith(".xls")) {
            reason = "Excel 97-2003 (.xls) workbooks are not read: save it as .xlsx";
        } else {
            reason = "unsupported input: give a .json file, a folder of CSV files or an .xlsx workbook";
        }
        throw InvalidDatasetException.of(InputError.error(file, null, null, null, reason));
    }
}
