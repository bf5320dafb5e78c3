package org.povertyexit.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.ExitMonitorApplication;
import org.povertyexit.monitor.report.ReportJson;

class ScenarioCommandTest {

    private static final String INPUT = "src/test/resources/scenario/small.json";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return ExitMonitorApplication.run(args);
        } finally {
            System.setErr(saved);
        }
    }

    private Path file(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json.replace('\'', '"'));
    }

    @Test
    void oneScenarioWritesTheResultDocument() throws Exception {
        Path scenario = file("line.json", "{'name': 'line 4000', 'parameters': {'household.poverty_line': 4000}}");
        Path out = dir.resolve("result.json");
        assertThat(run("scenario", INPUT, scenario.toString(), "--out", out.toString(), "--rules", "rules"))
                .isEqualTo(0);
        JsonNode result = ReportJson.MAPPER.readTree(out.toFile());
        assertThat(result.at("/diff/flips")).hasSize(2);
        assertThat(result.at("/scenario/summary/households/NOT_READY").asInt()).isEqualTo(3);
    }

    @Test
    void oneScenarioWithTableShowsItAndCountsStatusChangesApartFromCriteriaChanges() throws Exception {
        String sample = "data/ningxia-2019/dataset.json";
        String scenario = "data/ningxia-2019/scenarios/poverty-line-4000.json";
        CommandRun shown = CommandRun.of("scenario", sample, scenario, "--table", "--lang", "en");
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).containsPattern("status changed +- +7\\n")
                .containsPattern("criteria changed, status kept +- +6\\n");
        assertThat(shown.err()).contains("7 entities changed status (H0000017 ready to exit → not ready")
                .contains("6 kept their status with other failed criteria");

        Path out = dir.resolve("result.json");
        assertThat(run("scenario", sample, scenario, "--out", out.toString())).isZero();
        JsonNode flips = ReportJson.MAPPER.readTree(out.toFile()).at("/diff/flips");
        assertThat(flips).hasSize(13);
        assertThat(flips.findValues("statusChanged").stream().filter(JsonNode::asBoolean).count()).isEqualTo(7);
    }

    @Test
    void theSweepTableFitsATerminalStatesUnitsAndWhereTheValueInForceLies() {
        CommandRun offGrid = CommandRun.of("scenario", "data/ningxia-2019/dataset.json", "--sweep",
                "household.poverty_line=3500:4500:100", "--table", "--lang", "en");
        assertThat(offGrid.exitCode()).isZero();
        assertThat(offGrid.out().lines()).allMatch(line -> line.length() <= 120);
        assertThat(offGrid.out()).contains("H-INCOME").contains("yuan").contains("yuan per person per year")
                .contains("the value in force, 3747, is off the grid").doesNotContain(" *");
        CommandRun onGrid = CommandRun.of("scenario", "data/ningxia-2019/dataset.json", "--sweep",
                "household.poverty_line=3647:3847:100", "--table");
        // in Chinese by default: still within 120 columns, a Chinese character counted as two
        assertThat(onGrid.out()).contains("3747 *").contains("* 为现行值（3747）").contains("元");
        assertThat(onGrid.out().lines()).allMatch(line -> line.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum()
                <= 120);

        CommandRun chinese = CommandRun.of("scenario", "data/ningxia-2019/dataset.json",
                "data/ningxia-2019/scenarios/poverty-line-4000.json", "--table");
        assertThat(chinese.out()).contains("户 可退出").contains("状态变化").contains("差距 H-INCOME（元）");
        assertThat(chinese.err()).contains("7 个对象状态变化（H0000017 可退出 → 未达标");
    }

    @Test
    void severalScenariosGiveOneComparison() throws Exception {
        Path line = file("line.json", "{'parameters': {'household.poverty_line': 4000}}");
        Path income = file("income.json", "{'changes': [{'level': 'VILLAGE', 'where': {'countyCode': '640422'}, "
                + "'add': {'collectiveIncome': 20000}}]}");
        Path out = dir.resolve("comparison.json");
        assertThat(run("scenario", INPUT, line.toString(), income.toString(), "--out", out.toString())).isEqualTo(0);
        JsonNode columns = ReportJson.MAPPER.readTree(out.toFile()).path("columns");
        assertThat(columns).hasSize(3);
        assertThat(columns.get(0).path("name").asText()).isEqualTo("baseline");
        assertThat(columns.get(1).path("flips").asInt()).isEqualTo(2);
        assertThat(columns.get(2).at("/counts/villages/EXIT_READY").asInt()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("村 可退出").contains("income.json");
    }

    @Test
    void aBadScenarioExitsTwoWithLocatedProblems() throws Exception {
        Path bad = file("bad.json", "{'changes': [{'level': 'HOUSEHOLD', 'where': {'villageCod': '1'}, "
                + "'set': {'housingGrade': 'B'}}, {'level': 'HOUSEHOLD', 'where': {'id': 'H9'}, 'set': {'housingGrade': 'B'}}]}");
        assertThat(run("scenario", INPUT, bad.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("bad.json, field changes[0].where.villageCod: no such household field");
        Path unmatched = file("unmatched.json", "{'changes': [{'level': 'HOUSEHOLD', 'where': {'id': 'H9'}, "
                + "'set': {'housingGrade': 'B'}}]}");
        assertThat(run("scenario", INPUT, unmatched.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("changes[0].where").contains("matches no household");
    }

    @Test
    void aSweepWritesOnePointPerValue() throws Exception {
        Path out = dir.resolve("sweep.json");
        assertThat(run("scenario", INPUT, "--sweep", "household.poverty_line=3700:4000:100", "--out", out.toString()))
                .isEqualTo(0);
        JsonNode sweep = ReportJson.MAPPER.readTree(out.toFile());
        assertThat(sweep.path("points")).hasSize(4);
        assertThat(sweep.at("/points/3/counts/households/NOT_READY").asInt()).isEqualTo(3);
        assertThat(run("scenario", INPUT, "--sweep", "household.poverty_line=3700-4000")).isEqualTo(2);
        assertThat(run("scenario", INPUT, "--sweep", "no.such=1:2:1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such parameter");
    }
}
