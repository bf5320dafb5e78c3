package org.povertyexit.monitor.service.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/runs/{id}/monitoring: the rows, its three formats, its filters' checks, a county office's scope. */
class MonitoringTest extends ServiceTest {

    private static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json");

    private static String run;

    /** The sample, uploaded once for the class (a run never changes once stored). */
    private String run() {
        if (run == null) {
            try {
                run = upload("dataset.json", Files.readAllBytes(SAMPLE)).getBody().get("id").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    /** "household flag" for every monitoring flag of the report's households, in the report's order. */
    private static List<String> flagged(JsonNode report, String county) {
        Map<String, String> countyOf = new HashMap<>();
        report.get("villages").forEach(v -> countyOf.put(v.get("code").asText(), v.get("countyCode").asText()));
        List<String> flagged = new ArrayList<>();
        for (JsonNode household : report.get("households")) {
            if (county == null || county.equals(countyOf.get(household.get("villageCode").asText()))) {
                household.get("monitoring").forEach(flag -> flagged.add(household.get("id").asText() + " "
                        + flag.asText()));
            }
        }
        return flagged;
    }

    private static List<String> rows(JsonNode rows) {
        List<String> listed = new ArrayList<>();
        rows.forEach(row -> listed.add(row.get("householdId").asText() + " " + row.get("flag").asText()));
        return listed;
    }

    @Test
    void theRowsAreTheReportsHouseholdsUnderEachFlagWithWhatTheFlagMeasured() {
        String id = run();
        JsonNode report = get("/api/runs/" + id);
        JsonNode all = get("/api/runs/" + id + "/monitoring");
        assertThat(rows(all)).isNotEmpty().containsExactlyElementsOf(flagged(report, null));
        assertThat(all.findValuesAsText("flag")).allMatch(flag -> flag.startsWith("M-"))
                .contains("M-EDGE", "M-UNSTABLE", "M-SHOCK");
        JsonNode edge = get("/api/runs/" + id + "/monitoring?flag=M-EDGE&county=640422");
        assertThat(edge).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("flag").asText()).isEqualTo("M-EDGE");
            assertThat(row.get("countyCode").asText()).isEqualTo("640422");
            assertThat(row.get("countyName").asText()).isEqualTo("西吉县");
            assertThat(row.get("head").isNull()).as("JSON names nobody").isTrue();
            // an edge household: its income below the monitoring line the flag compared it with
            assertThat(row.get("measured").decimalValue()).isLessThan(row.get("threshold").decimalValue());
        });
        JsonNode first = edge.get(0);
        assertThat(get("/api/runs/" + id + "/monitoring?village=" + first.get("villageCode").asText()))
                .allSatisfy(row -> assertThat(row.get("villageCode")).isEqualTo(first.get("villageCode")));
    }

    @Test
    void theCsvHasChineseHeadersAndMasksTheHeadOfHousehold() throws IOException {
        String id = run();
        ResponseEntity<byte[]> csv = http.getForEntity("/api/runs/" + id + "/monitoring?format=csv&flag=M-EDGE",
                byte[].class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("monitoring-" + id + ".csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> lines = csv(text);
        assertThat(lines.get(0)).containsExactly("县", "县代码", "村", "村代码", "户编号", "户主", "状态",
                "人均纯收入（元）", "监测预警", "测量值", "预警线");
        assertThat(lines).hasSize(get("/api/runs/" + id + "/monitoring?flag=M-EDGE").size() + 1);
        Map<String, String> heads = heads();
        for (List<String> cells : lines.subList(1, lines.size())) {
            String head = heads.get(cells.get(4));
            assertThat(cells.get(5)).as(cells.get(4)).isEqualTo(PersonalData.maskName(head)).contains("*")
                    .isNotEqualTo(head);
            assertThat(cells.get(8)).isEqualTo("边缘易致贫户 (M-EDGE)");
        }
        String english = new String(http.getForObject("/api/runs/" + id + "/monitoring?format=csv&lang=en",
                byte[].class), StandardCharsets.UTF_8);
        assertThat(english.lines().findFirst().orElseThrow()).contains("county", "monitoring flags", "warning line");
    }

    @Test
    void theWorkbookHoldsTheSameRows() throws IOException {
        String id = run();
        JsonNode rows = get("/api/runs/" + id + "/monitoring?county=640425");
        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/runs/" + id + "/monitoring?format=xlsx&county=640425",
                byte[].class);
        assertThat(xlsx.getHeaders().getContentType().toString()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheet("返贫监测预警");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("户编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size()).isPositive();
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("640425");
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(rows.get(i).get("householdId").asText());
                assertThat(row.getCell(9).getNumericCellValue())
                        .isEqualTo(rows.get(i).get("measured").doubleValue());
            }
        }
    }

    @Test
    void aFilterTheRunDoesNotKnowIsRefusedNamingWhatItMayBe() {
        String id = run();
        ResponseEntity<JsonNode> flag = http.getForEntity("/api/runs/" + id + "/monitoring?flag=H-INCOME",
                JsonNode.class);
        assertThat(flag.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(flag.getBody().get("error").asText()).contains("unknown flag 'H-INCOME'")
                .contains("M-EDGE, M-SHOCK, M-UNSTABLE");
        for (String query : List.of("county=999999", "village=640422999999", "flag=M-EGDE", "format=pdf")) {
            assertThat(http.getForEntity("/api/runs/" + id + "/monitoring?" + query, JsonNode.class).getStatusCode())
                    .as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(http.getForEntity("/api/runs/no-such-run/monitoring", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous.getForEntity("/api/runs/" + id + "/monitoring", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aCountyOfficeSeesItsCountyAlone() throws IOException {
        String id = run();
        JsonNode report = get("/api/runs/" + id);
        TestRestTemplate county = as("xiji-office", Set.of("640422"), Role.UPLOADER);
        JsonNode rows = county.getForObject("/api/runs/" + id + "/monitoring", JsonNode.class);
        assertThat(rows(rows)).isNotEmpty().containsExactlyElementsOf(flagged(report, "640422"));
        String csv = new String(county.getForObject("/api/runs/" + id + "/monitoring?format=csv", byte[].class),
                StandardCharsets.UTF_8);
        assertThat(csv(csv).subList(1, rows.size() + 1)).allSatisfy(cells ->
                assertThat(cells.subList(0, 2)).containsExactly("西吉县", "640422"));
        assertThat(csv(csv)).hasSize(rows.size() + 1);
        // another county is not among those it may filter by, as though the run did not hold it
        assertThat(county.getForEntity("/api/runs/" + id + "/monitoring?county=640425", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        TestRestTemplate elsewhere = as("elsewhere-office", Set.of("650000"), Role.UPLOADER);
        assertThat(elsewhere.getForEntity("/api/runs/" + id + "/monitoring", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The CSV's lines as cells, its header first (the BOM before it left out). */
    static List<List<String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> lines = mapper.readerForListOf(String.class)
                .readValues(text.replace("\uFEFF", ""))) {
            return lines.readAll();
        }
    }

    /** Each household's head of household by name, from the sample's facts. */
    private static Map<String, String> heads() throws IOException {
        Map<String, String> heads = new HashMap<>();
        for (JsonNode household : JSON.readTree(SAMPLE.toFile()).get("households")) {
            for (JsonNode member : household.get("members")) {
                if (member.get("relation").asText().equals("户主")) {
                    heads.put(household.get("id").asText(), member.get("name").asText());
                }
            }
        }
        return heads;
    }
}
