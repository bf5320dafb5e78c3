package org.povertyexit.monitor.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.povertyexit.monitor.dataset.EntitySchema;
import org.povertyexit.monitor.dataset.FieldSpec;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;

/**
 * The five tables of an input folder on any file system Spark reads: {@code NAME.csv} (the CSV folder form,
 * UTF-8, header first) or else {@code NAME.parquet} / {@code NAME/} as Parquet with the same columns. Headers
 * resolve to fields exactly as the CSV reader resolves them (English any case, or Chinese); every value
 * comes out as text, which the dataset's own field types then check and convert, whatever the file's types.
 */
final class InputTables {

    private final SparkSession spark;
    private final String input;

    InputTables(SparkSession spark, String input) {
        this.spark = spark;
        this.input = input;
    }

    /** A table read: its rows with one text column per known field, and the name problems give it. */
    record Table(String file, Dataset<Row> rows) {
    }

    Table read(EntitySchema schema) throws IOException, InvalidDatasetException {
        Path csv = new Path(input, schema.name() + ".csv");
        FileSystem files = csv.getFileSystem(spark.sparkContext().hadoopConfiguration());
        Dataset<Row> raw;
        String file;
        if (files.exists(csv)) {
            file = csv.getName();
            // RFC 4180 quoting ("" inside quotes), as the CSV form is written; blank cells are absent values
            raw = spark.read().option("header", true).option("escape", "\"").option("encoding", "UTF-8")
                    .csv(csv.toString());
        } else {
            Path parquet = new Path(input, schema.name() + ".parquet");
            Path folder = files.exists(parquet) ? parquet : new Path(input, schema.name());
            if (!files.exists(folder)) {
                throw InvalidDatasetException.of(InputError.error(schema.name() + ".csv", null, null, null,
                        "missing file: the input has no " + schema.name() + ".csv, .parquet or folder ("
                                + schema.label() + ")"));
            }
            file = folder.getName();
            raw = spark.read().parquet(folder.toString());
        }
        return new Table(file, fields(schema, file, raw));
    }

    private static Dataset<Row> fields(EntitySchema schema, String file, Dataset<Row> raw)
            throws InvalidDatasetException {
        List<String> headers = new ArrayList<>(Arrays.asList(raw.columns()));
        if (!headers.isEmpty() && headers.get(0).startsWith("\uFEFF")) {
            headers.set(0, headers.get(0).substring(1));
        }
        List<InputError> problems = new ArrayList<>();
        List<FieldSpec> resolved = schema.resolveHeaders(file, headers, problems);
        List<InputError> errors = problems.stream().filter(InputError::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidDatasetException(errors);
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i) != null) {
                String name = raw.columns()[i].replace("`", "``");
                columns.add(functions.col("`" + name + "`").cast("string").as(resolved.get(i).name()));
            }
        }
        return raw.select(columns.toArray(Column[]::new));
    }
}
