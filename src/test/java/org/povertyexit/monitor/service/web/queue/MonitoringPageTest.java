package org.povertyexit.monitor.service.web.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;

/** The monitoring queue in the browser: its groups against the stored report, its filters, its links. */
class MonitoringPageTest extends BrowserTest {

    private static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json");
    private static final List<String> FLAGS = List.of("M-EDGE", "M-SHOCK", "M-UNSTABLE");

    @Test
    void theGroupsCountTheReportsFlaggedHouseholdsAndACountyOrVillageNarrowsThem() throws IOException {
        String id = upload("dataset.json", Files.readAllBytes(SAMPLE)).getBody().get("id").asText();
        JsonNode report = get("/api/runs/" + id);
        signInAs("official", Role.UPLOADER);
        open("/runs/" + id + "/monitoring");
        waitFor(By.id("monitoring-results"));
        shows(report, id, null, null);
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText())
                .contains("运行记录", "dataset.json", "返贫预警");
        assertThat(browser.findElement(By.cssSelector(".run-tabs .active")).getText()).isEqualTo("返贫预警");
        assertThat(browser.findElement(By.id("filter-village")).isEnabled()).as("no county chosen yet").isFalse();
        screenshot("monitoring");

        new Select(browser.findElement(By.id("filter-county"))).selectByValue("640422");
        swapped("county=640422", report, id, "640422", null);
        List<String> villages = new Select(browser.findElement(By.id("filter-village"))).getOptions().stream()
                .map(option -> option.getAttribute("value")).filter(code -> !code.isEmpty()).toList();
        assertThat(villages).containsExactlyInAnyOrderElementsOf(villagesOf(report, "640422"));
        String village = households(report, "640422", null).values().stream().flatMap(List::stream)
                .map(h -> h.get("villageCode").asText()).findFirst().orElseThrow();
        new Select(browser.findElement(By.id("filter-village"))).selectByValue(village);
        swapped("village=" + village, report, id, "640422", village);
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href"))
                .endsWith("/api/runs/" + id + "/monitoring?format=csv&county=640422&village=" + village + "&lang=zh");
        screenshot("monitoring-village");
        // the language switch keeps the reader where the swaps took them
        assertThat(browser.findElement(By.id("lang-en")).getAttribute("href"))
                .contains("county=640422", "village=" + village);
        browser.findElement(By.id("lang-en")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("lang=en"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Monitoring queue", "Warning line");
        assertThat(new Select(browser.findElement(By.id("filter-village"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(village);
        screenshot("monitoring-en");
        browser.findElement(By.id("lang-zh")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("lang=zh"));

        // the address the filter pushed, opened directly, is the whole page as it was
        open("/runs/" + id + "/monitoring?county=640422");
        waitFor(By.cssSelector("nav .navbar-nav"));
        shows(report, id, "640422", null);
        open("/runs/" + id + "/monitoring?county=999999");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("请求有误", "999999");
    }

    @Test
    void aCountyOfficeSeesItsCountyAlone() throws IOException {
        String id = upload("dataset.json", Files.readAllBytes(SAMPLE)).getBody().get("id").asText();
        JsonNode report = get("/api/runs/" + id);
        as("pengyang", Set.of("640425"), Role.UPLOADER);
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("pengyang");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        open("/runs/" + id + "/monitoring");
        waitFor(By.id("monitoring-results"));
        shows(report, id, "640425", null);
        assertThat(new Select(browser.findElement(By.id("filter-county"))).getOptions()).hasSize(2);
    }

    /** Waits for the swap a filter asked for (its address pushed), then checks what it shows. */
    private void swapped(String asked, JsonNode report, String id, String county, String village) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(asked));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            Map<String, List<JsonNode>> expected = households(report, county, village);
            WebElement main = d.findElement(By.tagName("main"));
            return FLAGS.stream().allMatch(flag -> metric(main, "monitoring." + flag)
                    .equals(Integer.toString(expected.get(flag).size())));
        });
        shows(report, id, county, village);
    }

    /** The page's groups are the report's households under each flag, in that county and village. */
    private void shows(JsonNode report, String id, String county, String village) {
        Map<String, List<JsonNode>> expected = households(report, county, village);
        WebElement main = browser.findElement(By.tagName("main"));
        Set<String> all = new TreeSet<>();
        for (String flag : FLAGS) {
            List<JsonNode> flagged = expected.get(flag);
            assertThat(metric(main, "monitoring." + flag)).as(flag).isEqualTo(Integer.toString(flagged.size()));
            WebElement group = main.findElement(By.id("group-" + flag));
            assertThat(group.getText()).contains(flag);
            List<String> shown = new ArrayList<>();
            for (WebElement row : group.findElements(By.cssSelector("tr[data-household]"))) {
                String household = row.getAttribute("data-household");
                shown.add(household);
                assertThat(row.findElement(By.tagName("a")).getAttribute("href"))
                        .endsWith("/runs/" + id + "/households/" + household);
            }
            // the first page: the report's order, 50 at most
            assertThat(shown).containsExactlyElementsOf(flagged.stream().map(h -> h.get("id").asText()).limit(50)
                    .toList());
            flagged.forEach(h -> all.add(h.get("id").asText()));
        }
        assertThat(all).isNotEmpty();
        assertThat(metric(main, "monitoring.households")).isEqualTo(Integer.toString(all.size()));
    }

    /** The report's households under each flag, in a county and village (all where null). */
    static Map<String, List<JsonNode>> households(JsonNode report, String county, String village) {
        Map<String, String> countyOf = new HashMap<>();
        report.get("villages").forEach(v -> countyOf.put(v.get("code").asText(), v.get("countyCode").asText()));
        Map<String, List<JsonNode>> flagged = new TreeMap<>();
        FLAGS.forEach(flag -> flagged.put(flag, new ArrayList<>()));
        for (JsonNode household : report.get("households")) {
            String code = household.get("villageCode").asText();
            if ((county == null || county.equals(countyOf.get(code))) && (village == null || village.equals(code))) {
                household.get("monitoring").forEach(flag -> flagged.get(flag.asText()).add(household));
            }
        }
        return flagged;
    }

    private static List<String> villagesOf(JsonNode report, String county) {
        List<String> villages = new ArrayList<>();
        report.get("villages").forEach(v -> {
            if (v.get("countyCode").asText().equals(county)) {
                villages.add(v.get("code").asText());
            }
        });
        return villages;
    }
}
