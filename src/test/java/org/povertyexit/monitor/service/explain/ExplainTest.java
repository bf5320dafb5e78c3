package org.povertyexit.monitor.service.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.service.ServiceTest;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.povertyexit.monitor.service.firing.FiringStore;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.StoredRun;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

class ExplainTest extends ServiceTest {

    @Autowired
    private StoredRun stored;
    @Autowired
    private FiringStore firings;
    @Autowired
    private EntityReplay replay;

    private String run;

    @BeforeEach
    void uploaded() {
        run = uploadFixture();
    }

    @Test
    void aFailingHouseholdIsExplainedByTheCriterionItFailedWithValueThresholdParameterAndRule() {
        JsonNode why = get("/api/runs/" + run + "/explain/household/H0001");

        assertThat(why.get("status").asText()).isEqualTo("NOT_READY");
        // in Chinese unless English is asked for
        assertThat(why.get("answer").asText()).startsWith("H0001 未达标：收入稳定超过国家扶贫标准（H-INCOME）未通过");
        assertThat(criterion(why, "H-INCOME").get("name").asText()).isEqualTo("收入稳定超过国家扶贫标准");
        assertThat(get("/api/runs/" + run + "/explain/household/H0001?lang=en").get("answer").asText())
                .startsWith("H0001 is not ready: income above the poverty line (H-INCOME) failed");
        JsonNode income = criterion(why, "H-INCOME");
        assertThat(income.get("passed").asBoolean()).isFalse();
        // numbers as numbers, as in the report
        assertThat(income.get("measured").isNumber()).isTrue();
        assertThat(income.get("measured").decimalValue()).isEqualByComparingTo("2600.00");
        assertThat(income.get("threshold").decimalValue()).isEqualByComparingTo("3747");
        assertThat(income.get("gap").decimalValue()).isPositive();
        assertThat(income.at("/parameter/name").asText()).isEqualTo("household.poverty_line");
        assertThat(income.at("/parameter/value").asText()).isEqualTo("3747");
        assertThat(income.at("/parameter/effectiveFrom").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(income.at("/parameter/source").asText()).isNotBlank();
        assertThat(income.at("/parameter").has("verified")).isTrue();
        assertThat(income.at("/rule/name").asText()).startsWith("H-INCOME");
        assertThat(income.at("/rule/file").asText()).endsWith("household-criteria.drl");
        List<String> rules = income.get("firings").findValuesAsText("rule");
        assertThat(rules).contains(income.at("/rule/name").asText(),
                "Registered household failing an exit criterion counts as projected poor");
        JsonNode firing = income.get("firings").get(0);
        assertThat(firing.get("facts").asText()).contains("Household:H0001", "Parameter:household.poverty_line");
        // the values the rule bound: an object, not JSON text in a string
        assertThat(firing.get("values").isObject()).isTrue();
        assertThat(firing.get("values").get("$income").decimalValue()).isEqualByComparingTo("2600.00");
        assertThat(firing.get("values").get("$line").decimalValue()).isEqualByComparingTo("3747");
        // the passed criteria are there too, each with its outcome and the evidence of a replay of the
        // household that repeated the run's firings exactly
        assertThat(passed(why)).contains("H-FOOD-CLOTHING", "H-EDUCATION");
        assertThat(criterion(why, "H-EDUCATION").get("firings").findValuesAsText("rule"))
                .containsExactly("H-EDUCATION evidence");
        assertThat(why.at("/replay/matchesTrail").asBoolean()).isTrue();
        assertThat(why.at("/replay/evidenceFirings").asInt()).isEqualTo(passed(why).size());
    }

    @Test
    void aPassingHouseholdListsEveryCriterionPassed() {
        JsonNode why = get("/api/runs/" + run + "/explain/household/H0002");

        assertThat(why.get("status").asText()).isEqualTo("EXIT_READY");
        assertThat(why.get("failed")).isEmpty();
        List<String> blocking = new ArrayList<>();
        for (JsonNode criterion : why.get("criteria")) {
            if (criterion.get("severity").asText().equals("BLOCKING")) {
                assertThat(criterion.get("passed").asBoolean()).as(criterion.toString()).isTrue();
                blocking.add(criterion.get("criterion").asText());
            }
        }
        assertThat(blocking).contains("H-INCOME", "H-FOOD-CLOTHING", "H-EDUCATION");
        assertThat(criterion(why, "H-INCOME").get("measured").decimalValue()).isEqualByComparingTo("7500.00");
    }

    @Test
    void theExplanationAgreesWithTheReportForEveryEntity() {
        JsonNode report = get("/api/runs/" + run);
        for (String[] entity : new String[][] {{"household", "/households"}, {"village", "/villages"},
                {"county", "/counties"}}) {
            for (JsonNode result : report.at(entity[1])) {
                String id = result.has("id") ? result.get("id").asText() : result.get("code").asText();
                JsonNode why = get("/api/runs/" + run + "/explain/" + entity[0] + "/" + id);
                List<String> failedBlocking = new ArrayList<>();
                why.get("criteria").forEach(c -> {
                    if (!c.get("passed").asBoolean() && c.get("severity").asText().equals("BLOCKING")) {
                        failedBlocking.add(c.get("criterion").asText());
                    }
                });
                assertThat(failedBlocking).as(entity[0] + " " + id)
                        .containsExactlyInAnyOrderElementsOf(toList(result.get("failed")));
                assertThat(why.get("criteria")).as(entity[0] + " " + id).isNotEmpty();
            }
        }
    }

    @Test
    void aCountyIsExplainedFromTheEvidenceItsRunRecordedAsAReplayOfItWouldExplainIt() throws Exception {
        RunRecord header = stored.header(run);
        int passes = 0;
        for (JsonNode county : get("/api/runs/" + run).at("/counties")) {
            String code = county.get("code").asText();
            JsonNode why = get("/api/runs/" + run + "/explain/county/" + code);
            assertThat(why.at("/replay/evidenceFrom").asText()).isEqualTo("trail");
            // the county evaluated again, explained: its standing evidence is what the trail holds
            EntityReplay.Replayed replayed = replay.of(header, Level.COUNTY, code,
                    firings.forEntity(run, Level.COUNTY, code), stored.parameters(header));
            assertThat(replayed.matchesTrail()).isTrue();
            for (FiringRecord evidence : replayed.firings()) {
                if (Boolean.TRUE.equals(evidence.passed()) && !evidence.superseded()) {
                    JsonNode shown = criterion(why, evidence.criterion());
                    assertThat(shown.get("passed").asBoolean()).isTrue();
                    assertThat(shown.get("measured").decimalValue()).isEqualByComparingTo(evidence.measured());
                    assertThat(shown.get("threshold").decimalValue()).isEqualByComparingTo(evidence.threshold());
                    passes++;
                }
            }
            List<String> shown = new ArrayList<>();
            why.get("criteria").forEach(c -> shown.add(c.get("criterion").asText()));
            assertThat(shown).doesNotHaveDuplicates();
        }
        assertThat(passes).isPositive();
        // a household's evidence is not recorded by the run: it is replayed
        assertThat(get("/api/runs/" + run + "/explain/household/H0002").at("/replay/evidenceFrom").asText())
                .isEqualTo("replay");
    }

    @Test
    void personalDataNeverAppearsInTheTrail() {
        String firings = http.getForObject("/api/runs/" + run + "/firings?size=1000", String.class);
        String explained = http.getForObject("/api/runs/" + run + "/explain/household/H0001", String.class);
        for (String text : List.of(firings, explained)) {
            assertThat(text).doesNotContain("640422198001011234", "张三丰", "李四");
        }
    }

    @Test
    void anUnknownEntityOrLevelIsAnswered() {
        assertThat(http.getForEntity("/api/runs/" + run + "/explain/household/H9999", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/runs/" + run + "/explain/province/X", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> passed(JsonNode why) {
        List<String> passed = new ArrayList<>();
        why.get("criteria").forEach(c -> {
            if (c.get("passed").asBoolean()) {
                passed.add(c.get("criterion").asText());
            }
        });
        return passed;
    }

    private static JsonNode criterion(JsonNode why, String code) {
        for (JsonNode criterion : why.get("criteria")) {
            if (criterion.get("criterion").asText().equals(code)) {
                return criterion;
            }
        }
        throw new AssertionError("no " + code + " in " + why);
    }
}
