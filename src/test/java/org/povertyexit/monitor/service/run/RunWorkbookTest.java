package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A stored run's report workbook: Chinese by default, English on request, cut to the user's counties. */
class RunWorkbookTest extends ServiceTest {

    @Test
    void theWorkbookHoldsTheRunsCountiesInChineseOrEnglishCutToTheUsersScope() throws IOException {
        String run = upload("two-counties.json", fixture("two-counties.json")).getBody().get("id").asText();

        ResponseEntity<byte[]> chinese = http.getForEntity("/api/runs/" + run + "/report.xlsx", byte[].class);
        assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(chinese.getBody()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("汇总");
            assertThat(column(workbook.getSheet("户"), 2)).containsExactly("H0001", "H0002", "H0003", "H0004");
        }

        byte[] english = http.getForObject("/api/runs/" + run + "/report.xlsx?lang=en", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
        }

        byte[] xiji = as("xiji-workbook", Set.of("640422"), Role.UPLOADER)
                .getForObject("/api/runs/" + run + "/report.xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xiji))) {
            assertThat(column(workbook.getSheet("户"), 2)).containsExactly("H0001", "H0002");
        }
    }

    /** The text cells of a column, below the header. */
    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column) != null) {
                values.add(row.getCell(column).getStringCellValue());
            }
        }
        return values;
    }
}
