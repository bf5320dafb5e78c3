package org.povertyexit.monitor.service.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.FormulaGuard;
import org.povertyexit.monitor.service.ServiceTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class RemediationTest extends ServiceTest {

    @Test
    void theListIsFilteredAndExportedAsCsvAndXlsx() throws IOException {
        String run = uploadFixture();
        JsonNode all = get("/api/runs/" + run + "/remediation");
        assertThat(all.findValuesAsText("entityId")).contains("H0001");
        JsonNode income = all.get(0);
        assertThat(income.get("villageCode").asText()).isEqualTo("640422100201");
        assertThat(income.get("countyCode").asText()).isEqualTo("640422");

        assertThat(get("/api/runs/" + run + "/remediation?criterion=H-INCOME&county=640422&village=640422100201"))
                .hasSize(1);
        assertThat(get("/api/runs/" + run + "/remediation?department=" + income.get("department").asText()))
                .isNotEmpty();
        assertThat(get("/api/runs/" + run + "/remediation?department=POWER")).isEmpty();

        ResponseEntity<byte[]> csv = http.getForEntity("/api/runs/" + run + "/remediation?format=csv&criterion=H-INCOME",
                byte[].class);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).contains("H0001", "640422100201", income.get("action").asText());
        // the head of household, masked, for the office that visits
        assertThat(text).contains("张**").doesNotContain("张三丰");

        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/runs/" + run + "/remediation?format=xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheet("整改清单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("县");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("对象编号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("西吉县");
            assertThat(sheet.getLastRowNum()).isEqualTo(all.size());
        }
    }

    @Test
    void aFilterTypoIsRefusedNamingWhatItMayBe() {
        String run = uploadFixture();
        ResponseEntity<JsonNode> department = http.getForEntity("/api/runs/" + run + "/remediation?department=FOO",
                JsonNode.class);
        assertThat(department.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(department.getBody().get("error").asText()).contains("unknown department 'FOO'")
                .contains("HEALTH 卫健");
        ResponseEntity<JsonNode> criterion = http.getForEntity("/api/runs/" + run + "/remediation?criterion=H-INCOM",
                JsonNode.class);
        assertThat(criterion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(criterion.getBody().get("error").asText()).contains("H-INCOME");
        assertThat(http.getForEntity("/api/runs/" + run + "/remediation?county=999999", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/runs/" + run + "/firings?criterion=H-INCOM", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/runs/" + run + "/firings?rule=nope", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // a department by its Chinese name is no typo
        assertThat(get("/api/runs/" + run + "/remediation?department=卫健")).isNotNull();
    }

    @Test
    void aCountyItemKeepsItsColumnsInTheCsvThoughItHasNoVillage() throws IOException {
        String run = upload("dataset.json", Files.readAllBytes(Path.of("data/ningxia-2019/dataset.json")))
                .getBody().get("id").asText();
        String csv = new String(http.getForObject("/api/runs/" + run + "/remediation?format=csv&criterion=C-RECOGNITION",
                byte[].class), StandardCharsets.UTF_8);
        List<String> rows = csv.lines().skip(1).toList();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFF县,县代码,村,村代码,层级,对象编号,户主,标准,");
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            String[] cells = row.split(",", -1);
            assertThat(cells[2]).as("no village").isEmpty();
            assertThat(cells[3]).as("no village").isEmpty();
            assertThat(cells[4]).isEqualTo("县");
            assertThat(cells[5]).isEqualTo(cells[1]);   // the county's code under its own column
            assertThat(cells[6]).as("no head of household for a county").isEmpty();
            assertThat(cells[7].replace("\"", "")).isEqualTo("群众认可度 (C-RECOGNITION)");   // quoted: it has a space
        });
        String english = new String(http.getForObject("/api/runs/" + run
                + "/remediation?format=csv&criterion=C-RECOGNITION&lang=en", byte[].class), StandardCharsets.UTF_8);
        assertThat(english.lines().findFirst().orElseThrow()).contains("county", "department");
        assertThat(english).contains("public recognition (C-RECOGNITION)");
    }

    @Test
    void formulaLikeCellsAreNeutralised() {
        assertThat(FormulaGuard.guarded("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(FormulaGuard.guarded("+1")).isEqualTo("'+1");
        assertThat(FormulaGuard.guarded("-1")).isEqualTo("'-1");
        assertThat(FormulaGuard.guarded("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.guarded("H0001")).isEqualTo("H0001");
    }
}
