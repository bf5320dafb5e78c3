package org.povertyexit.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate}: exit codes, where the report and the problems go, and reproducible reports. */
class EvaluateCommandTest {

    private static final Path SMALL = Path.of("src/test/resources/datasets/small.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** The report text without the three fields that legitimately differ between runs. */
    private static String withoutRunIdentity(String report) {
        return report.replaceAll("\"id\" : \"[0-9a-f-]{36}\"", "\"id\" : \"…\"")
                .replaceAll("\"startedAt\" : \"[^\"]+\"", "\"startedAt\" : \"…\"")
                .replaceAll("\"durationMs\" : \\d+", "\"durationMs\" : 0");
    }

    @Test
    void twoRunsOnTheSameInputDifferOnlyInRunIdStartAndDuration() throws IOException {
        Path file = folder.resolve("report.json");

        CommandRun toFile = CommandRun.of("evaluate", SMALL.toString(), "--out", file.toString(), "--rules", "rules",
                "--format", "json");
        CommandRun toStdout = CommandRun.of("evaluate", SMALL.toString(), "--format", "json");

        assertThat(toFile.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(toFile.out()).isEmpty();
        assertThat(toFile.err()).contains("报告已写入").contains("3 户");
        assertThat(toStdout.exitCode()).isEqualTo(ExitCodes.OK);
        String first = Files.readString(file).strip();
        String second = toStdout.out().strip();
        assertThat(first).isNotEqualTo(second);   // the run ids differ
        assertThat(withoutRunIdentity(first)).isEqualTo(withoutRunIdentity(second));
        JsonNode a = JSON.readTree(first).path("run");
        JsonNode b = JSON.readTree(second).path("run");
        assertThat(a.path("id").asText()).isNotEqualTo(b.path("id").asText());
        assertThat(a.path("inputSha256").asText()).isEqualTo(b.path("inputSha256").asText()).hasSize(64);
    }

    @Test
    void theReportSaysWhatFailedAndNeverShowsPersonalData() throws IOException {
        CommandRun run = CommandRun.of("evaluate", SMALL.toString(), "--rules", "rules", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("summary").path("households").path("WRONG_EXIT_RISK").asInt()).isEqualTo(1);
        JsonNode exited = report.path("households").get(1);
        assertThat(exited.path("id").asText()).isEqualTo("H0002");
        assertThat(exited.path("status").asText()).isEqualTo("WRONG_EXIT_RISK");
        assertThat(exited.path("failed").toString()).isEqualTo(
                "[\"H-HOUSING\",\"H-INCOME\",\"H-MEDICAL-INSURANCE\",\"H-MEDICAL-SELFPAY\",\"H-WATER\"]");
        assertThat(exited.path("monitoring").toString()).isEqualTo("[\"M-SHOCK\",\"M-UNSTABLE\"]");
        assertThat(exited.path("compliance").toString()).isEqualTo("[\"D-INCOME-MISMATCH\",\"D-SUBSIDY-CAP\"]");
        assertThat(run.out()).doesNotContain("198005011234", "马德明", "李娟", "64042219750203002X");
    }

    @Test
    void theTerminalShowsASummaryPerCountyInChineseOrEnglish() {
        CommandRun chinese = CommandRun.of("evaluate", "data/ningxia-2019/dataset.json");
        assertThat(chinese.exitCode()).isZero();
        assertThat(chinese.out()).startsWith("脱贫退出评估（2019 年度，评估日 2019-12-31）")
                .contains("合计：8 个县、24 个村、320 户")
                .contains("【西吉县（640422）】未达标")
                .contains("群众认可度 76.7%（标准 ≥ 90.0%，未达标）")
                .contains("错退率 5.0%（标准 < 2.0%，未达标）")
                .contains("户：可退出 1，未达标 2，稳定脱贫 20，疑似错退 2，不适用 15")
                .contains("整改事项（按责任部门）：农业农村 10 项，卫健 1 项，医保 4 项")
                .contains("docs/criteria.md")
                .doesNotContain("EXIT_READY", "\"households\"");

        CommandRun english = CommandRun.of("evaluate", "data/ningxia-2019/dataset.json", "--lang", "en");
        assertThat(english.out()).startsWith("Poverty-exit assessment (2019, assessed on 2019-12-31)")
                .contains("[西吉县 (640422)] not ready")
                .contains("public recognition 76.7% (standard ≥ 90.0%, fails)")
                .contains("Households: 1 ready to exit, 2 not ready, 20 stable, 2 wrong-exit risk, 15 not applicable");
    }

    @Test
    void theReportWorkbookIsWrittenBesideTheSummary() throws IOException {
        Path workbook = folder.resolve("report.xlsx");
        CommandRun run = CommandRun.of("evaluate", "data/ningxia-2019/dataset.json", "--xlsx", workbook.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("【西吉县（640422）】");
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertThat(read.getSheetName(0)).isEqualTo("汇总");
            assertThat(read.getSheet("户").getLastRowNum()).isEqualTo(320);
        }
    }

    @Test
    void anInvalidDatasetExitsWithTwoAndLocatedErrorsOnStderrOnly() throws IOException {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, Files.readString(SMALL)
                .replace("\"wageIncome\": 3000", "\"wageIncome\": \"3000,5\"")
                .replace("\"housingGrade\": \"A\"", "\"housingGrade\": \"E\""));

        CommandRun run = CommandRun.of("evaluate", bad.toString(), "--out", folder.resolve("r.json").toString(),
                "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("The input was rejected: 2 problem(s)")
                .contains("bad.json, H0002, field households[1].wageIncome (\"3000,5\"): not a number")
                .contains("bad.json, H0003, field households[2].housingGrade (\"E\"): unknown value")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(folder.resolve("r.json")).doesNotExist();
        assertThat(folder.resolve("r.json.partial")).doesNotExist();
    }

    @Test
    void rejectedInputCanBeListedAsJson() throws IOException {
        Path bad = folder.resolve("empty.json");
        Files.writeString(bad, "");
        Path errors = folder.resolve("out/errors.json");

        CommandRun run = CommandRun.of("evaluate", bad.toString(), "--errors-json", errors.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        JsonNode list = JSON.readTree(errors.toFile());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("file").asText()).isEqualTo("empty.json");
        assertThat(list.get(0).path("reason").asText()).isEqualTo("empty file");
    }

    @Test
    void aMissingFileAndAnUnknownOptionAreInvalidInput() {
        CommandRun missing = CommandRun.of("evaluate", folder.resolve("nothing.json").toString(), "--lang", "en");
        CommandRun unknownOption = CommandRun.of("evaluate", SMALL.toString(), "--colour");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.err()).contains("nothing.json: no such file or folder");
        // in Chinese unless English is asked for
        assertThat(CommandRun.of("evaluate", folder.resolve("nothing.json").toString()).err())
                .contains("输入未被接受：共 1 个问题").contains("nothing.json：没有此文件或文件夹");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknownOption.err()).contains("--colour");
        assertThat(unknownOption.out()).isEmpty();
    }

    @Test
    void rulesThatDoNotCompileExitWithOneAndTheirLocations() throws IOException {
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package p;\nrule \"x\"\nwhen\n    String(\nthen\nend\n");

        CommandRun run = CommandRun.of("evaluate", SMALL.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("The rules do not compile").contains("rules/broken.drl:")
                .doesNotContain("\tat ");
    }
}
