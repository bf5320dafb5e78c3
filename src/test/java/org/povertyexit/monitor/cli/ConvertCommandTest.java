package org.povertyexit.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.ExitAssessment;
import org.povertyexit.monitor.ExitMonitorApplication;
import org.povertyexit.monitor.dataset.DatasetLoader;
import org.povertyexit.monitor.report.Report;
import org.povertyexit.monitor.report.ReportJson;

class ConvertCommandTest {

    private static final String SAMPLE = "src/test/resources/ingest/sample.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String stderr;

    @Test
    void everyFormOfADatasetGivesTheSameReportApartFromRunIdAndTimes(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("csv");
        Path xlsx = dir.resolve("book.xlsx");
        assertThat(run("convert", SAMPLE, "--to", "csv", "--out", csv.toString())).isZero();
        assertThat(stderr).contains("wrote " + csv + " (csv: 2 counties, 3 villages, 5 households, 12 members)");
        assertThat(run("convert", csv.toString(), "--to", "XLSX", "--headers", "zh", "--out", xlsx.toString()))
                .isZero();

        // the rules are compiled once; the command line's evaluate is the same facade call
        ExitAssessment assessment = ExitAssessment.load(null);
        JsonNode fromJson = report(assessment, Path.of(SAMPLE));
        JsonNode fromCsv = report(assessment, csv);
        JsonNode fromXlsx = report(assessment, xlsx);

        assertThat(fromCsv).isEqualTo(fromJson);
        assertThat(fromXlsx).isEqualTo(fromJson);
        // in Chinese, coded values and booleans are written as their labels too, and read back the same
        Path chinese = dir.resolve("csv-zh");
        assertThat(run("convert", SAMPLE, "--to", "csv", "--headers", "zh", "--out", chinese.toString())).isZero();
        assertThat(Files.readString(chinese.resolve("households.csv"))).contains("户编号", ",是,")
                .containsAnyOf("未脱贫", "已脱贫").doesNotContain("NOT_EXITED", "EXITED,", ",true,");
        assertThat(report(assessment, chinese)).isEqualTo(fromJson);
        assertThat(fromJson.path("households").size()).isEqualTo(5);
    }

    @Test
    void anInvalidInputIsNotConvertedAndEveryProblemGoesToTheErrorsFile(@TempDir Path dir) throws Exception {
        Path errors = dir.resolve("errors.json");
        Path out = dir.resolve("out.xlsx");

        int code = run("convert", "src/test/resources/bad-input/csv-wrong-type", "--to", "xlsx",
                "--out", out.toString(), "--errors-json", errors.toString(), "--lang", "en");

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out).doesNotExist();
        assertThat(stderr).contains("The input was rejected: 5 problem(s); nothing was evaluated.",
                "households.csv row 3, H0002, field wageIncome (\"abc\"): not a number");
        JsonNode problems = JSON.readTree(errors.toFile());
        assertThat(problems.size()).isEqualTo(5);
        assertThat(problems.get(1).toString()).isEqualTo("{\"severity\":\"ERROR\",\"file\":\"households.csv\","
                + "\"row\":3,\"entity\":\"H0002\",\"field\":\"wageIncome\",\"value\":\"abc\",\"reason\":\"not a number\"}");
    }

    @Test
    void evaluateWritesEveryProblemOfAWorkbookToTheErrorsFile(@TempDir Path dir) throws Exception {
        Path errors = dir.resolve("errors.json");

        int code = run("evaluate", "src/test/resources/bad-input/xlsx-bad-cells.xlsx",
                "--errors-json", errors.toString(), "--lang", "en");

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(JSON.readTree(errors.toFile()).size()).isEqualTo(6);
        assertThat(stderr)
                .contains("members row 11, P0010, field birthDate (\"2020-01-01\"): after the assessment date 2019-12-31")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownTargetFormIsAUsageError(@TempDir Path dir) {
        int code = run("convert", SAMPLE, "--to", "pdf", "--out", dir.resolve("x.pdf").toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(stderr).contains("unknown form 'pdf': use json, csv or xlsx");
    }

    private static JsonNode report(ExitAssessment assessment, Path input) throws Exception {
        Report result = assessment.assess(new DatasetLoader().load(input));
        ObjectNode report = (ObjectNode) JSON.readTree(ReportJson.MAPPER.writeValueAsString(result));
        ObjectNode run = (ObjectNode) report.get("run");
        assertThat(run.path("inputSha256").asText()).hasSize(64);
        run.remove("id");
        run.remove("startedAt");
        run.remove("durationMs");
        return report;
    }

    private int run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return ExitMonitorApplication.run(args);
        } finally {
            System.err.flush();
            System.setErr(original);
            stderr = captured.toString(StandardCharsets.UTF_8);
        }
    }
}
