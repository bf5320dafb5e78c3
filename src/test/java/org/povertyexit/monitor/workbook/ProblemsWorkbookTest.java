package org.povertyexit.monitor.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;

class ProblemsWorkbookTest {

    @Test
    void aRejectedUploadsProblemsReadBackInChineseOneRowEachMasked() throws Exception {
        List<InputError> problems = List.of(
                InputError.error("households.csv", 5, "wageIncome", "abc", "not a number").about("H0000001"),
                InputError.error("members.csv", 9, "idNumber", "640422198001011234", "duplicate id number").masked());
        byte[] xlsx = ProblemsWorkbook.of("upload.zip", problems, 2, Labels.of(Language.ZH));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).contains("upload.zip");
            Row header = sheet.getRow(2);
            assertThat(cells.formatCellValue(header.getCell(1))).isEqualTo("文件");
            assertThat(cells.formatCellValue(header.getCell(6))).isEqualTo("原因");
            Row first = sheet.getRow(3);
            assertThat(cells.formatCellValue(first.getCell(0))).isEqualTo("错误");
            assertThat(cells.formatCellValue(first.getCell(2))).isEqualTo("5");
            assertThat(cells.formatCellValue(first.getCell(3))).isEqualTo("H0000001");
            assertThat(cells.formatCellValue(first.getCell(6))).isEqualTo("不是数字");
            Row second = sheet.getRow(4);
            assertThat(cells.formatCellValue(second.getCell(5))).isEqualTo("640422********1234");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }
}
