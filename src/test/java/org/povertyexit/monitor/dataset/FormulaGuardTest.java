package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported text never runs as a formula; numbers, negative ones included, stay numbers. */
class FormulaGuardTest {

    @Test
    void guardsTextThatASpreadsheetWouldEvaluateAndRestoresItExactly() {
        for (String text : List.of("=1+1", "+86 138", "-张三", "@SUM(A1)", "'=x", "''-y", "\tx")) {
            assertThat(FormulaGuard.needsGuard(text)).as(text).isTrue();
            assertThat(FormulaGuard.guarded(text)).isEqualTo("'" + text);
            assertThat(FormulaGuard.restored(FormulaGuard.guarded(text))).isEqualTo(text);
        }
        for (String text : List.of("马建国", "'quoted", "a=b", "", "'")) {
            assertThat(FormulaGuard.guarded(text)).as(text).isEqualTo(text);
            assertThat(FormulaGuard.restored(text)).isEqualTo(text);
        }
    }

    @Test
    void csvExportPrefixesRiskyTextButNotNegativeAmounts(@TempDir Path dir) throws Exception {
        Dataset sample = IngestFixtures.load(IngestFixtures.SAMPLE_JSON);
        try (DatasetWriter writer = DatasetFormat.CSV.writer(dir)) {
            writer.write(sample);
        }

        String members = Files.readString(dir.resolve("members.csv"));
        String households = Files.readString(dir.resolve("households.csv"));

        assertThat(members).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", ",\"'-张三\",", ",\"'+李四 @home\",",
                ",\"''=already\",");
        assertThat(members).doesNotContain(",=HYPERLINK", ",-张三");
        assertThat(households).contains(",-1200.50,").doesNotContain("'-1200.50");
    }

    @Test
    void xlsxExportMarksRiskyTextAsTextAndKeepsAmountsNumeric(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("book.xlsx");
        try (DatasetWriter writer = DatasetFormat.XLSX.writer(file)) {
            writer.write(IngestFixtures.load(IngestFixtures.SAMPLE_JSON));
        }

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet members = book.getSheet("members");
            Cell risky = members.getRow(4).getCell(2);
            assertThat(risky.getCellType()).isEqualTo(CellType.STRING);
            assertThat(risky.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(risky.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(members.getRow(2).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            Row first = book.getSheet("households").getRow(1);
            Cell loss = first.getCell(6);
            assertThat(loss.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(loss.getNumericCellValue()).isEqualTo(-1200.5);
        }
    }
}
