package org.povertyexit.monitor.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.dataset.CsvDatasetWriter;
import org.povertyexit.monitor.dataset.DatasetSchema;
import org.povertyexit.monitor.dataset.EntitySchema;
import org.povertyexit.monitor.generator.DatasetGenerator;
import org.povertyexit.monitor.generator.GeneratorSettings;

/**
 * The job in local[2] against {@code evaluate} on the same input: the same report, entity by entity, apart
 * from the run's id and times; the same inputSha256 from CSV and from Parquet with typed columns.
 */
class SameAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void theSampleGivesEvaluatesReport() throws Exception {
        Path out = work.resolve("out");
        ClusterEvaluation.Written written = LocalSpark.run(LocalSpark.SAMPLE, out);

        assertSameReport(Files.readString(out.resolve("report.json")), LocalSpark.evaluate(LocalSpark.SAMPLE));
        assertThat(written.households()).isEqualTo(320);
        Dataset<Row> households = LocalSpark.session().read().parquet(out.resolve("households").toString());
        assertThat(households.count()).isEqualTo(320);
        assertThat(households.select("inputSha256").distinct().first().getString(0))
                .isEqualTo(written.run().inputSha256());
        assertThat(households.select("countyCode").distinct().count()).isEqualTo(written.counties());
    }

    @Test
    void generatedDataAsParquetGivesEvaluatesReportOfItsCsv() throws Exception {
        Path csv = work.resolve("generated");
        try (CsvDatasetWriter writer = new CsvDatasetWriter(csv)) {
            new DatasetGenerator(new GeneratorSettings(5, 600, 13), line -> { }).generate(writer);
        }
        // Parquet as a platform would hold it: typed columns (numbers, booleans, dates), not text
        Path parquet = work.resolve("parquet");
        for (EntitySchema table : DatasetSchema.ALL) {
            LocalSpark.session().read().option("header", true).option("inferSchema", true).option("escape", "\"")
                    .csv(csv.resolve(table.name() + ".csv").toString())
                    .write().parquet(parquet.resolve(table.name()).toString());
        }
        Path out = work.resolve("out");
        LocalSpark.run(parquet, out);

        assertSameReport(Files.readString(out.resolve("report.json")), LocalSpark.evaluate(csv));
    }

    @Test
    void aLocalPolicyAppliesInItsCountyAsEvaluateAppliesIt() throws Exception {
        // the shipped rules with a collective-income minimum of 10000 for Tongxin (640324) alone
        Path rules = work.resolve("rules");
        try (Stream<Path> files = Files.walk(LocalSpark.RULES)) {
            for (Path file : files.toList()) {
                Path copy = rules.resolve(LocalSpark.RULES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path minimum = rules.resolve("parameters/village/collective_income_min.yaml");
        Files.writeString(minimum, Files.readString(minimum) + "  - {from: 2019-01-01, value: 10000, "
                + "counties: ['640324'], source: 'Tongxin plan (test)'}\n");
        Path out = work.resolve("out");
        LocalSpark.run(rules, LocalSpark.SAMPLE, out);

        String report = Files.readString(out.resolve("report.json"));
        assertSameReport(report, LocalSpark.evaluate(rules, LocalSpark.SAMPLE));
        // the sample's two villages below 50000: Tongxin's 14900 passes there, Xiji's 21500 still fails
        JsonNode villages = JSON.readTree(report).get("villages");
        assertThat(failed(villages, "640324100200")).doesNotContain("V-COLLECTIVE-INCOME");
        assertThat(failed(villages, "640422101200")).contains("V-COLLECTIVE-INCOME");
        String defaultsOnly = JSON.readTree(LocalSpark.evaluate(LocalSpark.SAMPLE)).at("/run/parametersVersion")
                .asText();
        assertThat(JSON.readTree(report).at("/run/parametersVersion").asText()).isNotEqualTo(defaultsOnly);
    }

    private static String failed(JsonNode villages, String code) {
        for (JsonNode village : villages) {
            if (village.get("code").asText().equals(code)) {
                return village.get("failed").toString();
            }
        }
        throw new AssertionError("no village " + code);
    }

    @Test
    void anInvalidInputIsRejectedAndNothingWritten() throws Exception {
        Path input = work.resolve("bad");
        Files.createDirectories(input);
        for (String table : List.of("meta", "counties", "villages", "members")) {
            Files.copy(LocalSpark.SAMPLE.resolve(table + ".csv"), input.resolve(table + ".csv"));
        }
        List<String> households = Files.readAllLines(LocalSpark.SAMPLE.resolve("households.csv"));
        households.set(2, households.get(2).replaceFirst(",640422100200,", ",999,"));
        Files.write(input.resolve("households.csv"), households);
        Path out = work.resolve("out");

        assertThatThrownBy(() -> LocalSpark.run(input, out)).isInstanceOf(RejectedInput.class)
                .satisfies(e -> assertThat(((RejectedInput) e).problems())
                        .anyMatch(p -> p.contains("H0000002") && p.contains("villageCode")
                                && p.contains("no village has this code")));
        assertThat(out).doesNotExist();
    }

    /** Equal apart from the run's id and times: every household, village, county and remediation item. */
    static void assertSameReport(String cluster, String evaluate) throws Exception {
        JsonNode ours = JSON.readTree(cluster);
        JsonNode theirs = JSON.readTree(evaluate);
        for (JsonNode report : List.of(ours, theirs)) {
            ((ObjectNode) report.get("run")).remove(List.of("id", "startedAt", "durationMs"));
        }
        assertThat(ours.get("run")).isEqualTo(theirs.get("run"));
        assertThat(ours.get("summary")).isEqualTo(theirs.get("summary"));
        for (String list : List.of("households", "villages", "counties", "remediation")) {
            assertThat(ours.get(list).size()).as(list).isEqualTo(theirs.get(list).size()).isPositive();
            for (int i = 0; i < theirs.get(list).size(); i++) {
                assertThat(ours.get(list).get(i)).as(list + "[" + i + "]").isEqualTo(theirs.get(list).get(i));
            }
        }
        assertThat(ours).isEqualTo(theirs);
    }
}
