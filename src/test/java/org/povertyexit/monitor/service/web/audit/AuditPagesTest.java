package org.povertyexit.monitor.service.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The auditors' pages in a browser, on the sample province: the firings search (filtered, paged with
 * htmx), a failing household's firings and the rule behind them, the coverage against the API's, and
 * the audit page with the chain and the log of who saw an ID number.
 */
class AuditPagesTest extends BrowserTest {

    private static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json");
    private static final String AUDITOR = "auditor-pages";
    private static String run;

    /** The sample, uploaded once for the class through the API. */
    private String run() {
        if (run == null) {
            try {
                ResponseEntity<JsonNode> stored = upload("dataset.json", Files.readAllBytes(SAMPLE));
                assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                run = stored.getBody().get("id").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    @Test
    void anAuditorFindsWhyAHouseholdFailedAndWhichRulesFired() {
        String id = run();
        String household = null;
        for (JsonNode h : get("/api/runs/" + id).get("households")) {
            if (h.get("failed").toString().contains("\"H-INCOME\"")) {
                household = h.get("id").asText();
                break;
            }
        }
        assertThat(household).as("a household of the sample failing H-INCOME").isNotNull();
        JsonNode api = get("/api/runs/" + id + "/firings?entity=" + household + "&size=1000");
        JsonNode income = null;
        for (JsonNode firing : api.get("firings")) {
            if ("H-INCOME".equals(firing.path("criterion").asText()) && firing.has("measured")) {
                income = firing;
            }
        }
        assertThat(income).as("the household's H-INCOME firing in the API").isNotNull();

        signInAs(AUDITOR, Role.AUDITOR);
        open("/runs/" + id + "/firings?entity=" + household);
        waitFor(By.id("firings"));
        assertThat(browser.findElement(By.id("firings-total")).getAttribute("data-total"))
                .isEqualTo(api.get("total").asText());
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.firing"));
        assertThat(rows).hasSize(api.get("firings").size());
        rows.forEach(row -> assertThat(row.getAttribute("data-entity")).isEqualTo(api.get("firings").get(0)
                .get("entityId").asText()));
        WebElement row = browser.findElement(By.cssSelector("tr.firing[data-seq='" + income.get("seq").asText()
                + "']"));
        String rule = income.get("rule").asText();
        assertThat(row.getAttribute("data-firing-rule")).isEqualTo(rule);
        assertThat(row.getText()).contains(rule, "收入稳定超过国家扶贫标准", "household.poverty_line");
        assertSame(income.get("measured"), row.findElement(By.className("measured")).getText());
        assertSame(income.get("threshold"), row.findElement(By.className("threshold")).getText());
        JsonNode values = income.get("values");
        assertThat(values.size()).isPositive();
        values.fields().forEachRemaining(value -> assertSame(value.getValue(),
                row.findElement(By.cssSelector(".firing-values dd[data-key='" + value.getKey() + "']")).getText()));
        assertThat(row.findElement(By.className("entity-link")).getAttribute("href"))
                .endsWith("/runs/" + id + "/households/" + household);
        screenshot("firings");

        follow(row.findElement(By.className("rule-link")));
        WebElement declared = waitFor(By.cssSelector(".drl-rule[data-rule='" + rule + "']"));
        assertThat(browser.getCurrentUrl()).contains("/rules/household-criteria.drl?run=" + id + "#H-INCOME");
        assertThat(declared.getAttribute("id")).isEqualTo(browser.getCurrentUrl()
                .substring(browser.getCurrentUrl().indexOf('#') + 1));
        assertThat(declared.getText()).startsWith("rule \"" + rule + "\"").contains("household.poverty_line")
                .endsWith("end");
        WebElement metadata = browser.findElement(By.cssSelector("tr.rule-row[data-rule='" + rule + "']"));
        assertThat(metadata.getText()).contains("H-INCOME", "收入稳定超过国家扶贫标准", "退出标准", "农业农村",
                "2016 opinion on the poverty-exit mechanism");
        assertThat(browser.findElement(By.id("drl")).getText()).contains("package org.povertyexit.rules;",
                "rule \"H-FOOD-CLOTHING evidence\"");
    }

    @Test
    void theSearchFiltersAndPagesOnTheServerAndItsAddressesCanBeShared() {
        String id = run();
        signInAs(AUDITOR, Role.AUDITOR);
        open("/runs/" + id + "/firings");
        waitFor(By.id("firings"));
        JsonNode second = get("/api/runs/" + id + "/firings?page=1&size=50");
        assertThat(second.get("total").asLong()).isGreaterThan(50);
        follow(browser.findElement(By.cssSelector("[data-page='next']")));
        waitForTotal("data-page", "1");
        assertThat(browser.getCurrentUrl()).endsWith("/runs/" + id + "/firings?page=1");
        assertThat(seqs()).isEqualTo(seqs(second));
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);

        new Select(browser.findElement(By.id("filter-criterion"))).selectByValue("H-INCOME");
        follow(browser.findElement(By.id("filter-submit")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("criterion=H-INCOME"));
        JsonNode income = get("/api/runs/" + id + "/firings?criterion=H-INCOME&size=50");
        waitForTotal("data-total", income.get("total").asText());
        assertThat(seqs()).isEqualTo(seqs(income));

        browser.navigate().refresh();   // the pushed address, opened as it is: the whole page
        waitFor(By.id("firings"));
        assertThat(browser.findElement(By.cssSelector("nav.site-nav"))).isNotNull();
        assertThat(new Select(browser.findElement(By.id("filter-criterion"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("H-INCOME");
        assertThat(seqs()).isEqualTo(seqs(income));

        open("/runs/" + id + "/firings?entity=H9999999");
        assertThat(waitFor(By.id("filter-problem")).getText()).contains("H9999999");
    }

    @Test
    void coverageRowsCountTheFiringsTheApiCountsAndSingleOutTheRulesThatNeverFired() {
        String id = run();
        JsonNode coverage = get("/api/runs/" + id + "/coverage");
        Set<String> neverFired = new HashSet<>();
        coverage.get("neverFired").forEach(name -> neverFired.add(name.asText()));
        assertThat(neverFired).isNotEmpty();

        signInAs(AUDITOR, Role.AUDITOR);
        open("/runs/" + id + "/coverage");
        waitFor(By.id("coverage"));
        assertThat(browser.findElements(By.cssSelector("tr.coverage-row"))).hasSize(coverage.get("rules").asInt());
        for (JsonNode rule : coverage.get("coverage")) {
            String name = rule.get("name").asText();
            WebElement row = browser.findElement(By.cssSelector("tr.coverage-row[data-rule='" + name + "']"));
            assertThat(row.getAttribute("data-firings")).as(name).isEqualTo(rule.get("firings").asText());
            assertThat(row.getAttribute("class").contains("never-fired")).as(name).isEqualTo(neverFired.contains(name));
        }
        assertThat(browser.findElements(By.cssSelector("#never-fired a"))).hasSize(neverFired.size());
        waitFor(By.cssSelector("#chart-coverage svg"));
        screenshot("coverage");

        JsonNode most = null;
        for (JsonNode rule : coverage.get("coverage")) {
            most = most == null || rule.get("firings").asLong() > most.get("firings").asLong() ? rule : most;
        }
        String name = most.get("name").asText();
        follow(browser.findElement(By.cssSelector("tr.coverage-row[data-rule='" + name + "'] .firings-link")));
        waitForTotal("data-total", most.get("firings").asText());
        browser.findElements(By.cssSelector("tr.firing"))
                .forEach(row -> assertThat(row.getAttribute("data-firing-rule")).isEqualTo(name));
    }

    @Test
    void theAuditPageShowsTheChainAndWhoSawAnIdNumberButNeverTheNumber() throws IOException {
        String id = run();
        JsonNode member = JSON.readTree(SAMPLE.toFile()).get("households").get(2).get("members").get(0);
        String household = JSON.readTree(SAMPLE.toFile()).get("households").get(2).get("id").asText();
        String reason = "核查退出户身份（页面审计测试）";
        ResponseEntity<JsonNode> answer = as(AUDITOR, Role.AUDITOR).postForEntity("/api/runs/" + id + "/households/"
                + household + "/members/" + member.get("id").asText() + "/id-number", Map.of("reason", reason),
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        String whole = answer.getBody().get("idNumber").asText();
        assertThat(whole).isEqualTo(member.get("idNumber").asText());

        signInAs(AUDITOR, Role.AUDITOR);
        open("/audit");
        waitFor(By.cssSelector("#chain-status[data-intact='true']"), Duration.ofSeconds(60));
        assertThat(browser.findElement(By.id("access-log")).getAttribute("data-intact")).isEqualTo("true");
        WebElement entry = browser.findElement(By.cssSelector("tr.access-entry[data-seq='"
                + answer.getBody().get("accessSeq").asText() + "']"));
        assertThat(entry.getText()).contains(AUDITOR, household, member.get("id").asText(), reason);
        assertThat(browser.getPageSource()).doesNotContain(whole).doesNotContain(member.get("name").asText());
        assertThat(browser.findElements(By.cssSelector("tr.activation"))).isNotEmpty();
        assertThat(browser.findElement(By.id("rule-sets")).getAttribute("data-intact")).isEqualTo("true");
        screenshot("audit");

        new Select(browser.findElement(By.id("go-run"))).selectByValue(id);
        browser.findElement(By.id("go-entity")).sendKeys(household);
        follow(browser.findElement(By.id("go-submit")));
        waitFor(By.id("firings"));
        assertThat(browser.getCurrentUrl()).endsWith("/runs/" + id + "/firings?entity=" + household);
    }

    @Test
    void anUploaderGetsTheRefusalPageForTheAuditPages() {
        String id = run();
        signInAs("uploader-pages", Role.UPLOADER);
        for (String page : List.of("/audit", "/runs/" + id + "/firings", "/runs/" + id + "/coverage")) {
            open(page);
            assertThat(waitFor(By.cssSelector("main.error-page")).getAttribute("data-status")).as(page)
                    .isEqualTo("403");
        }
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("无权查看");
    }

    /** A value as the API answers it (decimals as numbers) and as the page shows the stored text. */
    private static void assertSame(JsonNode api, String shown) {
        if (api.isNumber()) {
            assertThat(new BigDecimal(shown)).isEqualByComparingTo(new BigDecimal(api.asText()));
        } else {
            assertThat(shown).isEqualTo(api.asText());
        }
    }

    /** Waits for the search's count to say it (htmx replaces it meanwhile, hence the stale ones ignored). */
    private static void waitForTotal(String attribute, String value) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("firings-total"), attribute, value));
    }

    private static List<String> seqs() {
        List<String> seqs = new ArrayList<>();
        browser.findElements(By.cssSelector("tr.firing")).forEach(row -> seqs.add(row.getAttribute("data-seq")));
        return seqs;
    }

    private static List<String> seqs(JsonNode page) {
        List<String> seqs = new ArrayList<>();
        page.get("firings").forEach(firing -> seqs.add(firing.get("seq").asText()));
        return seqs;
    }

    /**
     * Clicks a link or button as the page's own click would (a screenshot resizes the window, and headless
     * Chromium then places the next pointer click by the old size).
     */
    private static void follow(WebElement target) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", target);
    }
}
