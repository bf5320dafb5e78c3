package org.povertyexit.monitor.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.firing.RunKey;
import org.povertyexit.monitor.service.run.LedgerRows;
import org.povertyexit.monitor.service.user.Role;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Three runs of one county, uploaded out of date order, where items open, close, reopen and vanish:
 * <ul>
 * <li>H1's income: failing in June, met in September, failing again in December — OPEN, listed twice;</li>
 * <li>H2's house: dangerous in June and September, repaired in December — CLOSED in December;</li>
 * <li>H3's house: safe in June, dangerous from September — OPEN, new in September (not in December);</li>
 * <li>H4's house: dangerous in June, the household gone from September — GONE.</li>
 * </ul>
 * The counties (659901, 659902) are this test's alone: other tests' runs share the database.
 */
class LedgerTest extends ServiceTest {

    private static final String COUNTY = "659901";

    private static final List<String> RUNS = new ArrayList<>();

    @BeforeEach
    void threeRuns() {
        if (!RUNS.isEmpty()) {
            return;
        }
        // uploaded December first: the series is ordered by assessment date, not by upload
        String december = store(dataset(COUNTY, "2019-12-31", List.of(household(COUNTY, "H1", 1000, "A"),
                household(COUNTY, "H2", 9000, "A"), household(COUNTY, "H3", 9000, "D"))));
        String june = store(dataset(COUNTY, "2019-06-30", List.of(household(COUNTY, "H1", 2000, "A"),
                household(COUNTY, "H2", 9000, "D"), household(COUNTY, "H3", 9000, "A"),
                household(COUNTY, "H4", 9000, "D"))));
        String september = store(dataset(COUNTY, "2019-09-30", List.of(household(COUNTY, "H1", 9000, "A"),
                household(COUNTY, "H2", 9000, "D"), household(COUNTY, "H3", 9000, "D"))));
        RUNS.addAll(List.of(june, september, december));
    }

    @Test
    void itemsOpenCloseReopenAndVanishAsTheSpecDefinesThem() {
        JsonNode ledger = get("/api/ledger?county=" + COUNTY);
        assertThat(ledger.get("runs").findValuesAsText("runId")).containsExactlyElementsOf(RUNS);
        String june = RUNS.get(0);
        String september = RUNS.get(1);
        String december = RUNS.get(2);

        JsonNode income = entry(ledger, "H1", "H-INCOME");
        assertThat(income.get("status").asText()).isEqualTo("OPEN");
        assertThat(income.get("runsOpen").asInt()).isEqualTo(2);   // both spells: June and December
        assertThat(income.at("/firstSeen/runId").asText()).isEqualTo(june);
        assertThat(income.at("/firstSeen/assessmentDate").asText()).isEqualTo("2019-06-30");
        assertThat(income.at("/lastSeen/runId").asText()).isEqualTo(december);
        assertThat(income.has("closedIn")).isFalse();
        assertThat(income.get("unit").asText()).isEqualTo("yuan");
        // December's household earns less than June's: its gap is the larger
        assertThat(income.get("latestGap").decimalValue()).isGreaterThan(income.get("firstGap").decimalValue());
        assertThat(income.get("newInLatest").asBoolean()).isFalse();

        JsonNode repaired = entry(ledger, "H2", "H-HOUSING");
        assertThat(repaired.get("status").asText()).isEqualTo("CLOSED");
        assertThat(repaired.get("runsOpen").asInt()).isEqualTo(2);
        assertThat(repaired.at("/lastSeen/runId").asText()).isEqualTo(september);
        assertThat(repaired.at("/closedIn/runId").asText()).isEqualTo(december);
        assertThat(repaired.at("/closedIn/assessmentDate").asText()).isEqualTo("2019-12-31");
        assertThat(repaired.get("department").asText()).isEqualTo("HOUSING");

        JsonNode fallen = entry(ledger, "H3", "H-HOUSING");
        assertThat(fallen.get("status").asText()).isEqualTo("OPEN");
        assertThat(fallen.at("/firstSeen/runId").asText()).isEqualTo(september);
        assertThat(fallen.get("runsOpen").asInt()).isEqualTo(2);

        JsonNode gone = entry(ledger, "H4", "H-HOUSING");
        assertThat(gone.get("status").asText()).isEqualTo("GONE");
        assertThat(gone.at("/lastSeen/runId").asText()).isEqualTo(june);
        assertThat(gone.has("closedIn")).isFalse();

        JsonNode housing = ledger.at("/summary/HOUSING");
        assertThat(housing.get("open").asInt()).isEqualTo(1);
        assertThat(housing.get("closed").asInt()).isEqualTo(1);
        assertThat(housing.get("gone").asInt()).isEqualTo(1);
        // the summary counts what the entries say
        for (String status : List.of("OPEN", "CLOSED", "GONE")) {
            assertThat(ledger.at("/total/" + status.toLowerCase()).asInt())
                    .isEqualTo(ledger.get("entries").findValuesAsText("status").stream()
                            .filter(status::equals).count());
        }
        // after September: H2 and H3 open, H1 closed, H4 gone; H3 new then
        JsonNode afterSeptember = ledger.get("runs").get(1).at("/byDepartment/HOUSING");
        assertThat(afterSeptember.get("open").asInt()).isEqualTo(2);
        assertThat(afterSeptember.get("gone").asInt()).isEqualTo(1);
        assertThat(afterSeptember.get("newInRun").asInt()).isEqualTo(1);
    }

    @Test
    void entriesAreFilteredByDepartmentAndStatusWhileTheCountsStayWhole() {
        JsonNode closed = get("/api/ledger?county=" + COUNTY + "&department=住建&status=closed");
        assertThat(closed.get("entries").findValuesAsText("entityId")).containsExactly("H2");
        assertThat(closed.at("/total/gone").asInt()).isPositive();
        ResponseEntity<JsonNode> typo = http.getForEntity("/api/ledger?county=" + COUNTY + "&status=SHUT",
                JsonNode.class);
        assertThat(typo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(typo.getBody().get("error").asText()).contains("OPEN, CLOSED, GONE");
        assertThat(http.getForEntity("/api/ledger?county=000000", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aScenarioRunIsNoPartOfTheSeries() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String repairAll = "{\"name\": \"repair every house\", \"changes\": [{\"level\": \"HOUSEHOLD\", \"where\": {}, "
                + "\"set\": {\"housingGrade\": \"A\"}}]}";
        ResponseEntity<JsonNode> scenario = http.postForEntity("/api/runs/" + RUNS.get(2) + "/scenarios",
                new HttpEntity<>(repairAll, headers), JsonNode.class);
        assertThat(scenario.getStatusCode().is2xxSuccessful()).isTrue();
        JsonNode ledger = get("/api/ledger?county=" + COUNTY);
        assertThat(ledger.get("runs")).hasSize(3);
        assertThat(entry(ledger, "H3", "H-HOUSING").get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void theWorkbookHasASheetPerDepartmentWithChineseHeadersAndReadsBack() throws IOException {
        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/ledger?county=" + COUNTY + "&format=xlsx",
                byte[].class);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("ledger-" + COUNTY + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("台账汇总");
            Sheet housing = workbook.getSheet("整改-住建");
            assertThat(housing).isNotNull();
            Row header = housing.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("对象编号");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("销号状态");
            List<String> rows = new ArrayList<>();
            for (int r = 1; r <= housing.getLastRowNum(); r++) {
                Row row = housing.getRow(r);
                rows.add(row.getCell(2).getStringCellValue() + " " + row.getCell(7).getStringCellValue() + " "
                        + (int) row.getCell(14).getNumericCellValue());
            }
            assertThat(rows).containsExactly("H2 已销号 2", "H3 未销号 2", "H4 已移出 1");
            // the head of household, masked, for the office that visits
            assertThat(housing.getRow(1).getCell(3).getStringCellValue()).isEqualTo("张**");
        }
        ResponseEntity<byte[]> csv = http.getForEntity("/api/ledger?county=" + COUNTY + "&format=csv&lang=en",
                byte[].class);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).contains("Status", "Closed", "H2").doesNotContain("张三丰");
    }

    @Test
    void aUserOfAnotherCountySeesNoLedgerOfThisOne() {
        var other = as("ledger-other-office", Set.of("640422"), Role.UPLOADER, Role.ANALYST, Role.AUDITOR);
        assertThat(other.getForEntity("/api/ledger?county=" + COUNTY, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        var own = as("ledger-own-office", Set.of(COUNTY), Role.UPLOADER);
        assertThat(own.getForEntity("/api/ledger?county=" + COUNTY, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRowStoredBeforeTheLedgerIsReadFromItsReportAsANewRowKeepsIt() {
        String run = store(dataset("659902", "2019-12-31", List.of(household("659902", "H1", 1000, "D"))));
        long key = RunKey.of(run);
        byte[] kept = jdbc.queryForObject("SELECT ledger_gz FROM run_county WHERE run_key = ?", byte[].class, key);
        jdbc.update("UPDATE run_county SET ledger_gz = NULL WHERE run_key = ?", key);
        try {
            JsonNode ledger = get("/api/ledger?county=659902");
            List<String> fromReport = new ArrayList<>();
            ledger.get("entries").forEach(e -> fromReport.add(String.join(" ", e.get("entityId").asText(),
                    e.get("criterion").asText(), e.path("latestGap").asText(), e.path("head").asText(),
                    e.path("villageCode").asText())));
            List<String> asKept = new ArrayList<>();
            LedgerRows.read(kept).items().forEach(i -> asKept.add(String.join(
                    " ", i.entityId(), i.criterion(), i.gap() == null ? "" : i.gap().toPlainString(),
                    i.head() == null ? "" : i.head(), i.villageCode() == null ? "" : i.villageCode())));
            assertThat(fromReport).isNotEmpty().containsExactlyInAnyOrderElementsOf(asKept);
        } finally {
            // as stored: the chain other tests verify stays intact
            jdbc.update("UPDATE run_county SET ledger_gz = ? WHERE run_key = ?", kept, key);
        }
    }

    private static JsonNode entry(JsonNode ledger, String entity, String criterion) {
        for (JsonNode entry : ledger.get("entries")) {
            if (entry.get("entityId").asText().equals(entity) && entry.get("criterion").asText().equals(criterion)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + entity + " " + criterion + " in " + ledger.get("entries"));
    }

    private String store(ObjectNode dataset) {
        ResponseEntity<JsonNode> stored = upload("ledger.json", dataset.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(stored.getStatusCode()).as("%s", stored.getBody()).isEqualTo(HttpStatus.CREATED);
        return stored.getBody().get("id").asText();
    }

    private static String village(String county) {
        return county + "100201";
    }

    /** One poverty village of one county, assessed on {@code date}, with these households. */
    private static ObjectNode dataset(String county, String date, List<ObjectNode> households) {
        ObjectNode dataset = JSON.createObjectNode();
        dataset.putObject("meta").put("assessmentYear", 2019).put("assessmentDate", date).put("province", "宁夏");
        dataset.putArray("counties").addObject().put("code", county).put("name", "台账县").put("region", "WEST")
                .put("ruralPopulation", 1000).put("sampledExitedPersons", 100).put("wrongExitPersons", 0)
                .put("sampledNonRegisteredPersons", 100).put("missedPersons", 0).put("surveyedHouseholds", 100)
                .put("recognizingHouseholds", 99);
        dataset.putArray("villages").addObject().put("code", village(county)).put("countyCode", county)
                .put("township", "台账镇").put("name", "台账村").put("povertyVillage", true).put("deepPoverty", false)
                .put("registeredPopulation", 400).put("collectiveIncome", 80000).put("leadingIndustry", "马铃薯")
                .put("hardenedRoad", true).put("threePhasePower", true).put("standardClinic", true)
                .put("waterScarce", false);
        ArrayNode list = dataset.putArray("households");
        households.forEach(list::add);
        return dataset;
    }

    /** A household of two working adults with this wage income and house grade, otherwise meeting every criterion. */
    private static ObjectNode household(String county, String id, int wageIncome, String housingGrade) {
        ObjectNode household = JSON.createObjectNode().put("id", id).put("villageCode", village(county))
                .put("status", "NOT_EXITED").put("povertyAttribute", "GENERAL").put("mainCause", "ILLNESS")
                .put("wageIncome", wageIncome).put("businessIncome", 0).put("propertyIncome", 0)
                .put("transferIncome", 0).put("businessExpense", 0).put("foodSecure", true)
                .put("clothingSecure", true).put("housingGrade", housingGrade).put("waterLitersPerDay", 60)
                .put("waterPiped", true).put("waterRoundTripMinutes", 0).put("waterOutageDays", 0)
                .put("waterQualityOk", true);
        ArrayNode members = household.putArray("members");
        members.addObject().put("id", id + "-1").put("name", "张三丰").put("relation", "户主")
                .put("birthDate", "1980-01-01").put("schooling", "NOT_IN_SCHOOL").put("health", "HEALTHY")
                .put("labour", "NORMAL").put("basicMedicalInsurance", true).put("seriousIllnessInsurance", true);
        members.addObject().put("id", id + "-2").put("name", "李四").put("relation", "配偶")
                .put("birthDate", "1982-03-03").put("schooling", "NOT_IN_SCHOOL").put("health", "HEALTHY")
                .put("labour", "NORMAL").put("basicMedicalInsurance", true).put("seriousIllnessInsurance", true);
        return household;
    }
}
