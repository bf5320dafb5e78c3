package org.povertyexit.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger of report files: the bundled sample at 2019-12-31 and its earlier snapshot at 2019-09-30
 * (data/ningxia-2019/earlier), given in either order, for 红寺堡区 (640303).
 */
class LedgerCommandTest {

    @TempDir
    static Path dir;

    private static Path earlier;
    private static Path later;

    @BeforeAll
    static void twoReports() {
        earlier = dir.resolve("earlier.json");
        later = dir.resolve("later.json");
        assertThat(CommandRun.of("evaluate", "data/ningxia-2019/earlier/dataset.json", "--out", earlier.toString())
                .exitCode()).isZero();
        assertThat(CommandRun.of("evaluate", "data/ningxia-2019/dataset.json", "--out", later.toString())
                .exitCode()).isZero();
    }

    @Test
    void theReportsAreOrderedByAssessmentDateWhateverTheirOrderOnTheLine() throws Exception {
        CommandRun run = CommandRun.of("ledger", later.toString(), earlier.toString(), "--county", "640303");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode ledger = new ObjectMapper().readTree(run.out());
        assertThat(ledger.get("runs").findValuesAsText("assessmentDate")).containsExactly("2019-09-30", "2019-12-31");
        // the two households of the earlier data that the later no longer holds: their items are gone
        int goneItems = 0;
        for (JsonNode entry : ledger.get("entries")) {
            if (entry.get("entityId").asText().startsWith("H900000")) {
                assertThat(entry.get("status").asText()).isEqualTo("GONE");
                goneItems++;
            }
        }
        assertThat(goneItems).isEqualTo(ledger.at("/total/gone").asInt()).isPositive();
        assertThat(ledger.at("/total/closed").asInt()).isPositive();
        assertThat(ledger.at("/total/open").asInt()).isPositive();
    }

    @Test
    void reportsOfSeveralCountiesNeedTheCountyNamed() {
        CommandRun run = CommandRun.of("ledger", earlier.toString(), later.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("--county").contains("640303").doesNotContain("Exception");
        CommandRun notAReport = CommandRun.of("ledger", "data/ningxia-2019/dataset.json", "--county", "640303");
        assertThat(notAReport.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(notAReport.err()).contains("dataset.json").contains("not a report").doesNotContain("\tat ");
    }

    @Test
    void theWorkbookIsWritten() throws Exception {
        Path xlsx = dir.resolve("ledger.xlsx");
        CommandRun run = CommandRun.of("ledger", earlier.toString(), later.toString(), "--county", "640303",
                "--format", "xlsx", "--out", xlsx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("台账汇总");
            assertThat(workbook.getSheet("整改-住建")).isNotNull();
            assertThat(workbook.getSheet("批次").getLastRowNum()).isEqualTo(2);
        }
    }
}
