package org.povertyexit.monitor.service.web.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The ledger page (整改台账) in the browser, over the sample's county 640303 assessed twice (data/ningxia-2019:
 * earlier/ at 2019-09-30, then the sample at 2019-12-31): its counts against those of the ledger command, a
 * closed item, the new one, the filters, the pages and the link to an entity, in Chinese and English; and a
 * county office that cannot open another county's ledger.
 */
class LedgerPageTest extends BrowserTest {

    private static final Path EARLIER = Path.of("data/ningxia-2019/earlier/dataset.json");
    private static final Path LATER = Path.of("data/ningxia-2019/dataset.json");

    /**
     * The county under a code of its own: the tests share one database, where other tests store the sample
     * (its 640303 included) as they please, and every run holding a county joins its series.
     */
    private static final String COUNTY = "649303";

    /**
     * The counts after the second run, as {@code ledger early.json late.json --county 640303} gives them
     * (reports of {@code evaluate … --out}): open, closed, gone, new in the latest run.
     */
    private static final Map<String, List<Integer>> BY_DEPARTMENT = Map.of("AGRICULTURE", List.of(9, 9, 0, 1),
            "HOUSING", List.of(0, 3, 1, 0), "CIVIL_AFFAIRS", List.of(0, 0, 1, 0), "POWER", List.of(1, 0, 0, 0));

    /** The names of the members of the county's households, as stored: none may be shown whole. */
    private static final Set<String> NAMES = new HashSet<>();

    @Test
    void aCountyAssessedTwiceShowsWhatWasClosedWhatIsNewAndWhatRemains() throws IOException {
        String earlier = stored(EARLIER, COUNTY, "hongsibu-2019-09-30.json");
        String later = stored(LATER, COUNTY, "hongsibu-2019-12-31.json");
        JsonNode entries = get("/api/ledger?county=" + COUNTY).get("entries");
        assertThat(entries).hasSize(24);
        signInAs("ledger-reader", Role.UPLOADER);

        open("/");
        click(waitFor(By.id("nav-ledger")));
        WebElement choice = waitFor(By.cssSelector("tr[data-county='" + COUNTY + "']"));
        assertThat(metric(choice, "ledger.runs." + COUNTY)).isEqualTo("2");
        assertThat(choice.getText()).contains("红寺堡区", "hongsibu-2019-12-31.json");
        screenshot("ledger-counties");
        click(choice.findElement(By.cssSelector("a")));
        WebElement main = waitFor(By.id("ledger-results"));
        assertThat(browser.getCurrentUrl()).endsWith("/ledger?county=" + COUNTY);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("整改台账", "红寺堡区", COUNTY);
        assertThat(browser.findElements(By.cssSelector("tr.series-run"))).extracting(row ->
                row.getAttribute("data-run")).containsExactly(earlier, later);
        assertThat(browser.findElement(By.cssSelector("tr.series-run[data-latest='true']")).getText())
                .contains("2019-12-31", "最新");
        assertThat(browser.findElement(By.cssSelector(".latest-run a")).getAttribute("data-run")).isEqualTo(later);
        assertThat(browser.findElement(By.cssSelector(".latest-run a")).getText())
                .isEqualTo("2019-12-31 · hongsibu-2019-12-31.json");

        counts(main);
        assertThat(browser.findElements(By.cssSelector("#chart-ledger svg"))).isNotEmpty();
        assertThat(metric(main, "ledger.entries")).isEqualTo("24");
        assertThat(shown()).containsExactlyElementsOf(keys(entries, 0, 20));

        // closed (已销号): listed in the first run only, its entity still there in the second
        WebElement closed = row("H0000286", "H-HOUSING");
        assertThat(closed.getAttribute("data-status")).isEqualTo("CLOSED");
        assertThat(closed.findElement(By.cssSelector(".badge.ledger-status-CLOSED")).getText()).isEqualTo("已销号");
        assertThat(closed.findElement(By.cssSelector(".last-seen a")).getAttribute("data-run")).isEqualTo(earlier);
        assertThat(closed.findElement(By.cssSelector(".closed-in a")).getAttribute("data-run")).isEqualTo(later);
        assertThat(closed.findElement(By.cssSelector(".entity-link")).getAttribute("href"))
                .endsWith("/runs/" + earlier + "/households/H0000286");
        // new in the latest run, and open
        WebElement fresh = row("H0000312", "M-EDGE");
        assertThat(fresh.getAttribute("data-status")).isEqualTo("OPEN");
        assertThat(fresh.getAttribute("data-new")).isEqualTo("true");
        assertThat(fresh.findElement(By.cssSelector(".new-mark")).getText()).isEqualTo("本期新增");
        assertThat(fresh.findElement(By.cssSelector(".first-seen a")).getAttribute("data-run")).isEqualTo(later);
        assertThat(browser.findElements(By.cssSelector("tr.ledger-entry[data-new='true']"))).hasSize(1);
        // a household's head masked, and no name or ID number whole anywhere on the page
        assertThat(fresh.findElement(By.cssSelector(".head")).getText()).matches("户主 \\S\\*+");
        noPersonalData();
        screenshot("ledger");

        // the second page, from the server
        click(browser.findElement(By.cssSelector(".pager a[data-page='2']")));
        until(d -> d.getCurrentUrl().contains("page=2") && shown().equals(keys(entries, 20, 24)));
        // a village's item, linked to the village in the run that last listed it
        assertThat(row("640303100200", "V-POWER").findElement(By.cssSelector(".entity-link")).getAttribute("href"))
                .endsWith("/runs/" + later + "/villages/640303100200");
        // a gap in its unit, when first and when last listed (the village's incidence: 11 persons over)
        assertThat(row("640303100200", "V-INCIDENCE").findElements(By.cssSelector("td.gap"))).extracting(
                WebElement::getText).containsExactly("11 人", "11 人");

        // a count leads to its items: every gone one
        click(browser.findElement(By.cssSelector("[data-metric='ledger.GONE'] a")));
        until(d -> d.getCurrentUrl().contains("status=GONE") && !d.getCurrentUrl().contains("page=")
                && shown().equals(List.of("H9000001 H-HOUSING", "H9000002 H-FOOD-CLOTHING")));

        // the filters, each an address, the exports carrying them
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("CLOSED");
        until(d -> d.getCurrentUrl().contains("status=CLOSED") && shown().size() == 12);
        assertThat(statuses()).containsOnly("CLOSED");
        assertThat(metric(browser.findElement(By.id("ledger-results")), "ledger.entries")).isEqualTo("12");
        new Select(browser.findElement(By.id("filter-department"))).selectByValue("HOUSING");
        until(d -> d.getCurrentUrl().contains("department=HOUSING") && shown().size() == 3);
        assertThat(shown()).containsExactly("H0000286 H-HOUSING", "H0000297 H-HOUSING", "H0000308 H-HOUSING");
        assertThat(browser.findElement(By.id("chart-title")).getText()).contains("住建");
        assertThat(browser.findElement(By.cssSelector("tr[data-department='HOUSING']")).getAttribute("class"))
                .contains("table-active");
        // the counts stay whole: the filter chooses entries, not the summary
        counts(browser.findElement(By.id("ledger-results")));
        String xlsx = browser.findElement(By.id("export-xlsx")).getAttribute("href");
        assertThat(xlsx).contains("/api/ledger?", "county=" + COUNTY, "department=HOUSING", "status=CLOSED",
                "format=xlsx");
        String csv = browser.findElement(By.id("export-csv")).getAttribute("href");
        assertThat(csv).contains("county=" + COUNTY, "department=HOUSING", "status=CLOSED", "format=csv");
        ResponseEntity<String> exported = http.getForEntity(csv.substring(csv.indexOf("/api/")), String.class);
        assertThat(exported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exported.getBody().lines().count()).isEqualTo(1 + 3);
        WebElement text = browser.findElement(By.id("filter-q"));
        text.sendKeys("286");
        until(d -> d.getCurrentUrl().contains("q=286") && shown().equals(List.of("H0000286 H-HOUSING")));
        String filtered = browser.getCurrentUrl();

        // the entity's page, in the run that last listed the item
        click(browser.findElement(By.cssSelector("tr.ledger-entry .entity-link")));
        until(d -> d.getCurrentUrl().endsWith("/runs/" + earlier + "/households/H0000286"));
        assertThat(waitFor(By.cssSelector("[data-crumb='household']")).getText()).isEqualTo("H0000286");

        // the filtered address opened afresh: the same items
        open(filtered.substring(filtered.indexOf("/ledger")));
        waitFor(By.id("ledger-results"));
        assertThat(shown()).containsExactly("H0000286 H-HOUSING");
        assertThat(new Select(browser.findElement(By.id("filter-department"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("HOUSING");

        // from the county's card on its run's dashboard, and from the county's page
        open("/runs/" + later);
        click(waitFor(By.cssSelector(".county-card[data-county='" + COUNTY + "'] .ledger-link")));
        until(d -> d.getCurrentUrl().endsWith("/ledger?county=" + COUNTY));
        open("/runs/" + later + "/counties/" + COUNTY);
        click(waitFor(By.cssSelector(".ledger-link")));
        until(d -> d.getCurrentUrl().endsWith("/ledger?county=" + COUNTY));

        // in English, the same ledger
        open("/ledger?county=" + COUNTY + "&lang=en");
        main = waitFor(By.id("ledger-results"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Remediation ledger", COUNTY);
        counts(main);
        assertThat(row("H0000286", "H-HOUSING").findElement(By.cssSelector(".ledger-status-CLOSED")).getText())
                .isEqualTo("Closed");
        assertThat(row("H0000312", "M-EDGE").findElement(By.cssSelector(".new-mark")).getText()).isEqualTo("new");
        assertThat(row("H0000312", "M-EDGE").findElement(By.cssSelector(".head")).getText())
                .matches("Head \\S\\*+");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ledger items", "By department",
                "Open and closed, run by run", "agriculture").doesNotContain("未销号", "已销号", "本期新增", "责任部门");
        assertThat(browser.findElement(By.id("export-xlsx")).getAttribute("href")).contains("lang=en");
        noPersonalData();
        screenshot("ledger-en");
        open("/ledger?lang=zh");
    }

    @Test
    void aCountyOfficeCannotOpenAnotherCountysLedger() throws IOException {
        upload("dataset.json", Files.readAllBytes(LATER));
        assertThat(get("/api/ledger?county=640303").get("county").asText()).isEqualTo("640303");
        as("xiji-ledger", Set.of("640422"), Role.UPLOADER);
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("xiji-ledger");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        until(d -> !d.getCurrentUrl().contains("/login"));

        open("/ledger");
        waitFor(By.cssSelector("main[data-page='ledger-counties']"));
        assertThat(browser.findElements(By.cssSelector("tr[data-county]"))).extracting(row ->
                row.getAttribute("data-county")).containsExactly("640422");
        open("/ledger?county=640303");
        WebElement error = waitFor(By.cssSelector("main.error-page"));
        assertThat(error.getAttribute("data-status")).isEqualTo("404");
        assertThat(error.getText()).contains("未找到").doesNotContain("红寺堡区");
        open("/ledger?county=640422");
        assertThat(waitFor(By.cssSelector("main[data-page='ledger']")).getAttribute("data-county")).isEqualTo("640422");
    }

    /** Stores the sample's county 640303 of this dataset alone, under {@code code}, as a file; the run's id. */
    private String stored(Path dataset, String code, String file) throws IOException {
        ObjectNode facts = (ObjectNode) JSON.readTree(dataset.toFile());
        JsonNode all = facts.deepCopy();
        ArrayNode counties = facts.putArray("counties");
        ArrayNode villages = facts.putArray("villages");
        ArrayNode households = facts.putArray("households");
        all.get("counties").forEach(c -> {
            if (c.get("code").asText().equals("640303")) {
                counties.add(((ObjectNode) c).put("code", code));
            }
        });
        Set<String> kept = new HashSet<>();
        all.get("villages").forEach(v -> {
            if (v.get("countyCode").asText().equals("640303")) {
                villages.add(((ObjectNode) v).put("countyCode", code));
                kept.add(v.get("code").asText());
            }
        });
        all.get("households").forEach(h -> {
            if (kept.contains(h.get("villageCode").asText())) {
                households.add(h);
                h.get("members").forEach(m -> NAMES.add(m.get("name").asText()));
            }
        });
        ResponseEntity<JsonNode> stored = upload(file, JSON.writeValueAsBytes(facts));
        assertThat(stored.getStatusCode().is2xxSuccessful()).as(stored.toString()).isTrue();
        return stored.getBody().get("id").asText();
    }

    /** The summary's counts are those of the ledger command: per department and in all. */
    private void counts(WebElement within) {
        int[] total = new int[4];
        BY_DEPARTMENT.forEach((department, counts) -> {
            assertThat(metric(within, "ledger." + department + ".OPEN")).isEqualTo(counts.get(0).toString());
            assertThat(metric(within, "ledger." + department + ".CLOSED")).isEqualTo(counts.get(1).toString());
            assertThat(metric(within, "ledger." + department + ".GONE")).isEqualTo(counts.get(2).toString());
            assertThat(metric(within, "ledger." + department + ".new")).isEqualTo(counts.get(3).toString());
            for (int i = 0; i < 4; i++) {
                total[i] += counts.get(i);
            }
        });
        assertThat(within.findElements(By.cssSelector(".ledger-summary tbody tr[data-department]")))
                .hasSize(BY_DEPARTMENT.size());
        assertThat(List.of(metric(within, "ledger.OPEN"), metric(within, "ledger.CLOSED"),
                metric(within, "ledger.GONE"), metric(within, "ledger.new"))).containsExactly("10", "12", "2", "1");
        assertThat(total).containsExactly(10, 12, 2, 1);
    }

    /** No member's name or ID number of the county whole on the page. */
    private static void noPersonalData() {
        String page = browser.getPageSource();
        assertThat(page).doesNotContainPattern("[0-9]{17}[0-9Xx]");
        assertThat(NAMES).hasSizeGreaterThan(40);
        NAMES.forEach(name -> assertThat(page).doesNotContain(name));
    }

    private static WebElement row(String entity, String criterion) {
        return browser.findElement(By.cssSelector("tr.ledger-entry[data-entity='" + entity + "'][data-criterion='"
                + criterion + "']"));
    }

    /** The entries the table shows: "entity criterion". */
    private static List<String> shown() {
        return browser.findElements(By.cssSelector("tr.ledger-entry")).stream()
                .map(row -> row.getAttribute("data-entity") + " " + row.getAttribute("data-criterion")).toList();
    }

    private static List<String> statuses() {
        return browser.findElements(By.cssSelector("tr.ledger-entry")).stream()
                .map(row -> row.getAttribute("data-status")).toList();
    }

    private static List<String> keys(JsonNode entries, int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int i = from; i < Math.min(to, entries.size()); i++) {
            keys.add(entries.get(i).get("entityId").asText() + " " + entries.get(i).get("criterion").asText());
        }
        return keys;
    }

    private static void until(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Clicks what may lie below the window, brought into view first (at once: Bootstrap scrolls smoothly). */
    private static void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
