package org.povertyexit.monitor.service.web.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The what-if pages on the Ningxia sample, in a browser, each figure held against the API's answer for the
 * same scenario: the form, a scenario of a parameter and one of facts, their comparisons, the two side by
 * side, a sweep of the poverty line, a rejected scenario, and the form refused to an uploader.
 */
class WhatIfPagesTest extends BrowserTest {

    private static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json");
    private static final Path LINE_4000 = Path.of("data/ningxia-2019/scenarios/poverty-line-4000.json");
    private static final String LINE = "household.poverty_line";

    @Test
    void scenariosMadeOnTheFormFlipWhatTheApiFlipsAndCompareSideBySide() {
        String run = uploadSample();
        signInAs("analyst", Role.ANALYST);
        open("/runs/" + run + "/what-if");
        WebElement line = waitFor(By.cssSelector("input[data-override='" + LINE + "']"));
        assertThat(browser.findElement(By.cssSelector("tr[data-parameter='" + LINE + "'] td[data-value]"))
                .getAttribute("data-value")).isEqualTo("3747");
        assertThat(browser.findElements(By.cssSelector("tr[data-parameter]"))).hasSize(parameterCount(run));
        browser.findElement(By.id("scenario-name")).sendKeys("贫困线 4000");
        line.sendKeys("4000");
        screenshot("whatif-form");
        long started = System.nanoTime();
        press(browser.findElement(By.id("scenario-submit")));
        String first = scenarioOpened(run);
        System.out.printf("scenario from the form: %d ms to the comparison page%n",
                (System.nanoTime() - started) / 1_000_000);

        JsonNode result = get("/api/runs/" + run + "/scenarios/" + first);
        JsonNode posted = postScenario(run, read(LINE_4000));
        assertThat(flipsShown()).isEqualTo(flips(result.at("/diff/flips"))).isEqualTo(flips(posted.at("/diff/flips")))
                .isNotEmpty();
        assertCountsAndGaps(result);
        assertThat(browser.findElement(By.cssSelector("#scenario-changes tr.override[data-parameter='" + LINE + "']"))
                .getText()).contains("3747", "4000");
        open("/runs/" + run + "/scenarios/" + first);
        waitFor(By.id("flips"));
        screenshot("whatif-comparison");

        String village = villageOfTheSmallestIncomeGap(result.get("baseline"));
        open("/runs/" + run + "/what-if");
        press(waitFor(By.id("add-change")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("tr.change-row"))
                .size() == 2);
        WebElement row = browser.findElements(By.cssSelector("tr.change-row")).get(1);   // the first is left blank
        new Select(row.findElement(By.name("change.level"))).selectByValue("HOUSEHOLD");
        row.findElement(By.name("change.whereField")).sendKeys("villageCode");
        row.findElement(By.name("change.whereValue")).sendKeys(village);
        row.findElement(By.name("change.field")).sendKeys("wageIncome");
        new Select(row.findElement(By.name("change.operation"))).selectByValue("scale");
        row.findElement(By.name("change.value")).sendKeys("1.5");
        press(browser.findElement(By.id("scenario-submit")));
        String second = scenarioOpened(run);
        JsonNode incomes = get("/api/runs/" + run + "/scenarios/" + second);
        assertThat(flipsShown()).isEqualTo(flips(incomes.at("/diff/flips"))).isNotEmpty();
        assertCountsAndGaps(incomes);
        assertThat(browser.findElement(By.cssSelector("#scenario-changes .fact-change")).getText())
                .contains("villageCode=" + village, "scale wageIncome × 1.5");

        open("/runs/" + run + "/what-if");
        waitFor(By.id("compare-form"));
        assertThat(browser.findElements(By.cssSelector("tr.saved-scenario"))).hasSize(3);
        for (String scenario : List.of(first, second)) {
            press(browser.findElement(By.cssSelector("tr[data-scenario='" + scenario + "'] input[name='ids']")));
        }
        press(browser.findElement(By.id("compare-submit")));
        waitFor(By.cssSelector("table.side-by-side"));
        assertThat(browser.getCurrentUrl()).contains("/runs/" + run + "/scenarios/compare?ids=");
        assertThat(browser.findElements(By.cssSelector("th.scenario-column")).stream()
                .map(column -> column.getAttribute("data-column")).toList()).containsExactlyInAnyOrder(first, second);
        WebElement table = browser.findElement(By.cssSelector("table.side-by-side"));
        assertSummary(table, "baseline", result.at("/baseline/summary"));
        assertSummary(table, first, result.at("/scenario/summary"));
        assertSummary(table, second, incomes.at("/scenario/summary"));
        assertThat(metric(table, first + ".flips")).isEqualTo(String.valueOf(result.at("/diff/flips").size()));
        assertThat(metric(table, second + ".flips")).isEqualTo(String.valueOf(incomes.at("/diff/flips").size()));
        screenshot("whatif-side-by-side");

        // many flips come a page at a time, every one of them on some page
        JsonNode line8000 = postScenario(run, "{\"name\": \"line 8000\", \"parameters\": {\"" + LINE + "\": 8000}}");
        assertThat(line8000.at("/diff/flips").size()).isGreaterThan(ScenarioOutcome.PAGE_SIZE);
        open("/runs/" + run + "/scenarios/" + line8000.at("/run/id").asText());
        waitFor(By.id("flips-next"));
        assertThat(browser.findElements(By.cssSelector("tr.flip"))).hasSize(ScenarioOutcome.PAGE_SIZE);
        assertThat(flipsShown()).isEqualTo(flips(line8000.at("/diff/flips")));

        press(browser.findElement(By.id("lang-en")));
        assertThat(waitFor(By.id("flips")).getText()).contains("Entities that changed");
        press(browser.findElement(By.id("lang-zh")));
        waitFor(By.id("flips"));
    }

    @Test
    void aSweepOfThePovertyLineDrawsItsChartWithTheValueInForceMarked() {
        String run = uploadSample();
        JsonNode baseline = get("/api/runs/" + run);
        JsonNode at4000 = get("/api/runs/" + postScenario(run, read(LINE_4000)).at("/run/id").asText());
        signInAs("analyst", Role.ANALYST);
        open("/runs/" + run + "/what-if");
        press(waitFor(By.id("to-sweep")));
        waitFor(By.id("sweep-form"));
        new Select(browser.findElement(By.id("sweep-parameter"))).selectByValue(LINE);
        Map.of("sweep-from", "3500", "sweep-to", "4500", "sweep-step", "250").forEach((input, value) -> {
            browser.findElement(By.id(input)).clear();
            browser.findElement(By.id(input)).sendKeys(value);
        });
        press(browser.findElement(By.id("sweep-submit")));
        WebElement chart = waitFor(By.cssSelector("#sweep-chart svg"), Duration.ofSeconds(120));
        assertThat(browser.getCurrentUrl()).contains("parameter=" + LINE, "from=3500", "to=4500", "step=250");
        System.out.println("sweep 3500..4500 step 250: " + browser.findElement(By.id("sweep-done")).getText());

        JsonNode drawn = readJson(browser.findElement(By.id("sweep-chart")).getAttribute("data-chart"));
        assertThat(drawn.get("kind").asText()).isEqualTo("lines");
        assertThat(drawn.get("marked").decimalValue()).isEqualByComparingTo("3747");
        // the five values of the grid, and the value in force between two of them: the stored run's point
        assertThat(drawn.get("categories").toString())
                .isEqualTo("[\"3500\",\"3747\",\"3750\",\"4000\",\"4250\",\"4500\"]");
        assertThat(drawn.get("series")).hasSize(3);
        assertThat(chart.getAttribute("textContent")).contains("3747");
        WebElement inForce = browser.findElement(By.cssSelector("tr.sweep-point[data-in-force='true']"));
        assertThat(inForce.getAttribute("data-point")).isEqualTo("3747");
        assertThat(inForce.getAttribute("data-stored")).isEqualTo("true");
        assertSummary(inForce, null, baseline.get("summary"));
        assertSummary(browser.findElement(By.cssSelector("tr.sweep-point[data-point='4000']")), null,
                at4000.get("summary"));
        // a higher line, fewer ready households
        assertThat(numbers(drawn.at("/series/0/values"))).hasSize(6).isSortedAccordingTo(Comparator.reverseOrder());
        screenshot("whatif-sweep");

        // the form's own grid puts the value in force on it: that point is evaluated by the sweep, and agrees
        open("/runs/" + run + "/sweep?parameter=" + LINE);
        waitFor(By.cssSelector("#sweep-chart svg"), Duration.ofSeconds(120));
        System.out.println("sweep with the form's grid: " + browser.findElement(By.id("sweep-done")).getText());
        WebElement evaluated = browser.findElement(By.cssSelector("tr.sweep-point[data-in-force='true']"));
        assertThat(evaluated.getAttribute("data-stored")).isEqualTo("false");
        assertSummary(evaluated, null, baseline.get("summary"));
        assertThat(browser.findElements(By.cssSelector("tr.sweep-point"))).hasSize(11);

        open("/runs/" + run + "/sweep?parameter=" + LINE + "&from=1000&to=9000&step=100");
        assertThat(waitFor(By.cssSelector("[data-problem-for='step']")).getText()).contains("20");
        assertThat(browser.findElements(By.id("sweep-result"))).isEmpty();
    }

    @Test
    void anInvalidScenarioShowsEachProblemBesideItsInputAndStoresNothing() {
        String run = uploadSample();
        signInAs("analyst", Role.ANALYST);
        long runs = count("run");
        open("/runs/" + run + "/what-if");
        waitFor(By.cssSelector("input[data-override='" + LINE + "']")).sendKeys("abc");
        WebElement row = browser.findElement(By.cssSelector("tr.change-row"));
        row.findElement(By.name("change.whereField")).sendKeys("villageCod");
        row.findElement(By.name("change.whereValue")).sendKeys("640422100200");
        row.findElement(By.name("change.field")).sendKeys("wageIncome");
        new Select(row.findElement(By.name("change.operation"))).selectByValue("scale");
        row.findElement(By.name("change.value")).sendKeys("1.1");
        press(browser.findElement(By.id("scenario-submit")));

        waitFor(By.id("scenario-rejected"));
        assertThat(browser.findElement(By.cssSelector("tr[data-parameter='" + LINE + "'] "
                + "[data-problem-for='parameters." + LINE + "']")).getText()).contains("abc", "不是数字");
        assertThat(browser.findElement(By.cssSelector("tr.change-row [data-problem-for='changes[0].where.villageCod']"))
                .getText()).contains("villageCod");
        assertThat(browser.findElement(By.cssSelector("input[data-override='" + LINE + "']")).getAttribute("value"))
                .isEqualTo("abc");
        assertThat(browser.findElement(By.id("scenario-rejected")).getText()).contains("2", "未保存任何内容");
        assertThat(count("run")).isEqualTo(runs);
        screenshot("whatif-rejected");

        open("/runs/" + run + "/what-if");
        press(waitFor(By.id("scenario-submit")));
        assertThat(waitFor(By.id("scenario-rejected")).getText()).contains("没有要改变的内容");
        assertThat(count("run")).isEqualTo(runs);
    }

    @Test
    void anUploaderGetsNeitherTheFormNorASweep() {
        String run = uploadSample();
        signInAs("official", Role.UPLOADER);
        open("/runs/" + run);
        waitFor(By.cssSelector("[data-county]"));
        assertThat(browser.findElements(By.cssSelector(".run-tabs a[href$='/what-if']"))).isEmpty();
        for (String page : List.of("/what-if", "/sweep?parameter=" + LINE + "&from=3500&to=4500&step=250")) {
            open("/runs/" + run + page);
            assertThat(waitFor(By.cssSelector("main.error-page")).getAttribute("data-status")).isEqualTo("403");
        }
    }

    /**
     * Clicks as a script does: screenshot() resizes the window and back, after which headless Chromium may
     * place a coordinate click elsewhere than where the element is (seen here as "click intercepted").
     */
    private static void press(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private String uploadSample() {
        ResponseEntity<JsonNode> response = upload("dataset.json", bytes(SAMPLE));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    /** How many parameters the run stored as in force. */
    private int parameterCount(String run) {
        return readJson(jdbc.queryForObject("SELECT parameters_json FROM run WHERE id = ?", String.class, run)).size();
    }

    private JsonNode postScenario(String run, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/runs/" + run + "/scenarios",
                new HttpEntity<>(text, headers), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    /** The comparison page the form led to; its scenario run's id. */
    private String scenarioOpened(String run) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches(
                "/runs/" + run + "/scenarios/[0-9a-f-]+$"));
        waitFor(By.id("flips"));
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Every flip the comparison shows, page after page: level and id. */
    private TreeSet<String> flipsShown() {
        TreeSet<String> shown = new TreeSet<>();
        while (true) {
            browser.findElements(By.cssSelector("tr.flip")).forEach(row ->
                    shown.add(row.getAttribute("data-level") + " " + row.getAttribute("data-flip")));
            List<WebElement> next = browser.findElements(By.id("flips-next"));
            if (next.isEmpty()) {
                return shown;
            }
            press(next.get(0));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(next.get(0)));
        }
    }

    private static TreeSet<String> flips(JsonNode flips) {
        TreeSet<String> ids = new TreeSet<>();
        flips.forEach(flip -> ids.add(flip.get("level").asText() + " " + flip.get("id").asText()));
        return ids;
    }

    /** The comparison's counts against both stored reports' summaries, and its gaps against the diff's. */
    private void assertCountsAndGaps(JsonNode result) {
        WebElement page = browser.findElement(By.tagName("main"));
        assertSummary(page, "baseline", result.at("/baseline/summary"));
        assertSummary(page, "scenario", result.at("/scenario/summary"));
        result.at("/diff/remediationGap").fields().forEachRemaining(gap -> {
            assertThat(new BigDecimal(metric(page, "baseline.gap." + gap.getKey())))
                    .isEqualByComparingTo(gap.getValue().get("baseline").decimalValue());
            assertThat(new BigDecimal(metric(page, "scenario.gap." + gap.getKey())))
                    .isEqualByComparingTo(gap.getValue().get("scenario").decimalValue());
        });
    }

    /** Each level and status of a summary as the element shows it ({@code prefix.households.EXIT_READY}). */
    private void assertSummary(WebElement within, String prefix, JsonNode summary) {
        summary.fields().forEachRemaining(level -> level.getValue().fields().forEachRemaining(status -> {
            String key = (prefix == null ? "" : prefix + ".") + level.getKey() + "." + status.getKey();
            assertThat(metric(within, key)).as(key).isEqualTo(status.getValue().asText());
        }));
    }

    /** The village of the household closest to the poverty line from below: more wage income lifts it over. */
    private static String villageOfTheSmallestIncomeGap(JsonNode report) {
        String household = null;
        BigDecimal smallest = null;
        for (JsonNode item : report.get("remediation")) {
            if (item.get("criterion").asText().equals("H-INCOME")
                    && (smallest == null || item.get("gap").decimalValue().compareTo(smallest) < 0)) {
                smallest = item.get("gap").decimalValue();
                household = item.get("entityId").asText();
            }
        }
        for (JsonNode result : report.get("households")) {
            if (result.get("id").asText().equals(household)) {
                return result.get("villageCode").asText();
            }
        }
        throw new AssertionError("no household fails H-INCOME in the sample");
    }

    private static List<Integer> numbers(JsonNode values) {
        List<Integer> numbers = new ArrayList<>();
        values.forEach(value -> numbers.add(value.asInt()));
        return numbers;
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
