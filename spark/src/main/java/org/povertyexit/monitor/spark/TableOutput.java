package org.povertyexit.monitor.spark;

import static org.povertyexit.monitor.spark.JsonColumns.flag;
import static org.povertyexit.monitor.spark.JsonColumns.list;
import static org.povertyexit.monitor.spark.JsonColumns.number;
import static org.povertyexit.monitor.spark.JsonColumns.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.ReportJson;
import org.povertyexit.monitor.report.RunInfo;
import org.povertyexit.monitor.service.firing.FiringBlock;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.povertyexit.monitor.service.run.ClusterCountyRows;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.StoredJson;

/**
 * The run as tables beside its report: households, villages, counties, remediation and every rule firing
 * as Parquet partitioned by county, the summary, each row carrying the run's id and hashes; the county
 * rows the service imports; and the rule files the run was evaluated with.
 */
final class TableOutput {

    private static final JsonColumns HOUSEHOLDS = new JsonColumns(List.of(text("id"), text("villageCode"),
            text("status"), list("failed"), list("monitoring"), list("compliance")));
    private static final JsonColumns VILLAGES = new JsonColumns(List.of(text("code"), text("status"),
            list("failed"), text("incidence"), number("projectedPoor")));
    private static final JsonColumns COUNTIES = new JsonColumns(List.of(text("code"), text("status"),
            list("failed"), number("projectedPoor")));
    private static final JsonColumns REMEDIATION = new JsonColumns(List.of(text("level"), text("entityId"),
            text("criterion"), text("severity"), text("department"), text("gap"), text("unit")));
    private static final JsonColumns FIRINGS = new JsonColumns(List.of(number("seq"), text("rule"),
            text("criterion"), text("severity"), text("level"), text("entityId"), flag("passed"), text("measured"),
            text("threshold"), text("parameter"), text("department"), text("gap"), text("unit"), text("message"),
            flag("superseded"), text("facts"), text("values")));

    private final SparkSession spark;
    private final JavaRDD<CountyOutput> outputs;
    private final String output;
    private final RunInfo run;

    TableOutput(SparkSession spark, JavaRDD<CountyOutput> outputs, String output, RunInfo run) {
        this.spark = spark;
        this.outputs = outputs;
        this.output = output;
        this.run = run;
    }

    void writeReportTables(List<CountyHead> heads, Map<String, Map<ExitStatus, Integer>> summary) {
        write("households", HOUSEHOLDS, outputs.flatMap(o -> o.households().stream()
                .map(h -> HOUSEHOLDS.row(o.countyCode(), h.json())).iterator()), true);
        write("remediation", REMEDIATION, outputs.flatMap(o -> o.remediation().stream()
                .map(r -> REMEDIATION.row(o.countyCode(), r.json())).iterator()), true);
        List<Row> villages = new ArrayList<>();
        List<Row> counties = new ArrayList<>();
        for (CountyHead head : heads) {
            head.villages().forEach(v -> villages.add(VILLAGES.row(head.countyCode(), v)));
            counties.add(COUNTIES.row(head.countyCode(), head.county()));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        write("villages", VILLAGES, context.parallelize(villages, 1), true);
        write("counties", COUNTIES, context.parallelize(counties, 1), true);
        List<Row> counts = new ArrayList<>();
        summary.forEach((level, byStatus) -> byStatus.forEach((status, count) ->
                counts.add(RowFactory.create(level, status.name(), count))));
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("level", DataTypes.StringType, false),
                DataTypes.createStructField("status", DataTypes.StringType, false),
                DataTypes.createStructField("count", DataTypes.IntegerType, false)));
        hashed(spark.createDataFrame(counts, schema)).coalesce(1).write().parquet(output + "/summary");
    }

    /** Every firing, numbered in the run as the service numbers it: counties in code order, then within each. */
    void writeFirings(List<CountyHead> heads) {
        Map<String, Integer> firstSeq = new HashMap<>();
        int seq = 1;
        for (CountyHead head : heads) {
            firstSeq.put(head.countyCode(), seq);
            seq += head.firingCount();
        }
        Broadcast<Map<String, Integer>> first = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(firstSeq);
        write("firings", FIRINGS, outputs.flatMap(o -> {
            CountyPart row = StoredJson.MAPPER.readValue(o.serviceRow(), CountyPart.class);
            List<FiringRecord> firings = FiringBlock.decode(row.firingsGz(), first.value().get(o.countyCode()));
            return firings.stream().map(f -> {
                JsonNode tree = ReportJson.MAPPER.valueToTree(f);
                return FIRINGS.row(o.countyCode(), tree, tree.toString());
            }).iterator();
        }), true);
    }

    /** The county rows for the service's import, one JSON line each, the part files in county code order. */
    void writeCountyRows(int partitions) {
        outputs.sortBy(CountyOutput::countyCode, true, partitions).map(CountyOutput::serviceRow)
                .saveAsTextFile(output + "/" + ClusterCountyRows.FOLDER);
    }

    /** The rule files as evaluated, so the import compiles and snapshots exactly these. */
    void writeRules(FileSystem files, Map<String, String> rules) throws IOException {
        for (Map.Entry<String, String> file : rules.entrySet()) {
            try (OutputStream out = files.create(new Path(new Path(output, "rules"), file.getKey()), false)) {
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void write(String table, JsonColumns columns, JavaRDD<Row> rows, boolean byCounty) {
        Dataset<Row> frame = hashed(spark.createDataFrame(rows, columns.schema()));
        (byCounty ? frame.write().partitionBy("countyCode") : frame.write()).parquet(output + "/" + table);
    }

    /** Every row names the run and what it ran on. */
    private Dataset<Row> hashed(Dataset<Row> frame) {
        return frame.withColumn("runId", functions.lit(run.id()))
                .withColumn("inputSha256", functions.lit(run.inputSha256()))
                .withColumn("rulesetVersion", functions.lit(run.rulesetVersion()))
                .withColumn("parametersVersion", functions.lit(run.parametersVersion()));
    }
}
