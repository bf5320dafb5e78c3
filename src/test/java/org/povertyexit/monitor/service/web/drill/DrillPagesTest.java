package org.povertyexit.monitor.service.web.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.povertyexit.monitor.service.web.drill.Sample.all;
import static org.povertyexit.monitor.service.web.drill.Sample.first;
import static org.povertyexit.monitor.service.web.drill.Sample.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The drill-down pages: county → village → household's file, from the dashboard of the sample's run; the
 * villages table sorted, filtered and paged by htmx with every state an address; the table alone for
 * htmx and the whole page otherwise; a county office sees nothing of another county.
 */
class DrillPagesTest extends BrowserTest {

    @Test
    void fromTheDashboardToAFailingHouseholdsFileWithItsCriteriaAgainstTheReportAndNothingUnmasked() {
        String run = uploaded(Sample.bytes());
        JsonNode report = get("/api/runs/" + run);
        JsonNode household = first(report.get("households"), h -> texts(h.get("failed")).contains("H-INCOME"));
        JsonNode village = first(report.get("villages"), v -> v.get("code").equals(household.get("villageCode")));
        JsonNode county = first(report.get("counties"), c -> c.get("code").equals(village.get("countyCode")));
        signInAs("reader", Role.UPLOADER);

        open("/runs/" + run);
        click(By.cssSelector("[data-county='" + county.get("code").asText() + "'] .card-header a"));
        countyPage(run, county, all(report.get("villages"), v -> v.get("countyCode").equals(county.get("code"))));
        wholePage("drill-county");
        noPersonalData(household);

        click(By.cssSelector("tr[data-village='" + village.get("code").asText() + "'] a"));
        villagePage(village);
        wholePage("drill-village");
        noPersonalData(household);
        new Select(browser.findElement(By.id("households-criterion"))).selectByValue("H-INCOME");
        until(driver -> driver.getCurrentUrl().contains("criterion=H-INCOME"));
        until(driver -> driver.findElements(By.cssSelector("#households tr[data-household]")).stream()
                .allMatch(row -> row.findElements(By.cssSelector("[data-code='H-INCOME']")).size() == 1));
        click(By.cssSelector("tr[data-household='" + household.get("id").asText() + "'] a"));

        householdPage(run, household);
        assertThat(browser.findElement(By.cssSelector("[data-crumb='village']")).getAttribute("href"))
                .endsWith("/runs/" + run + "/villages/" + village.get("code").asText());
        assertThat(browser.findElement(By.cssSelector("[data-crumb='county']")).getAttribute("href"))
                .endsWith("/runs/" + run + "/counties/" + county.get("code").asText());
        noPersonalData(household);
        wholePage("drill-household");
        browser.executeScript("window.scrollTo({top: document.body.scrollHeight, behavior: 'instant'});");
        screenshot("drill-household-members");

        // in English, the same file at the same address
        click(By.id("lang-en"));
        until(driver -> driver.findElement(By.tagName("main")).getText().contains("Household file"));
        assertThat(browser.getCurrentUrl()).contains("/runs/" + run + "/households/" + household.get("id").asText());
        assertThat(browser.findElement(By.cssSelector("tr[data-criterion='H-INCOME']")).getText())
                .contains("income above the poverty line", "failed");
        noPersonalData(household);
        wholePage("drill-household-en");
        click(By.id("lang-zh"));
        waitFor(By.cssSelector("main[data-page='household']"));
    }

    @Test
    void theVillagesTableSortsFiltersAndPagesInPlaceAndEachStateIsAnAddress() {
        String run = uploaded(Sample.withExtraVillages("640422", 40));
        List<JsonNode> villages = all(get("/api/runs/" + run).get("villages"),
                v -> v.get("countyCode").asText().equals("640422"));
        signInAs("reader", Role.UPLOADER);
        open("/runs/" + run + "/counties/640422");
        waitFor(By.cssSelector("main[data-page='county']"));
        assertThat(shownVillages()).hasSize(20);
        assertThat(metric(browser.findElement(By.id("villages")), "rows.total"))
                .isEqualTo(Integer.toString(villages.size()));
        browser.executeScript("window.drillMarker = 'still here';");

        // by name in dictionary order, either way; villages of one name (the sample has two) by code
        Comparator<JsonNode> byName = Comparator.comparing(v -> v.get("name").asText(),
                Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
        Comparator<JsonNode> byCode = Comparator.comparing(v -> v.get("code").asText());
        List<String> ascending = codes(villages.stream().sorted(byName.thenComparing(byCode)).toList());
        List<String> descending = codes(villages.stream().sorted(byName.reversed().thenComparing(byCode)).toList());
        click(By.cssSelector("a[data-sort='name']"));
        until(driver -> driver.getCurrentUrl().contains("sort=name&dir=asc"));
        untilShown(ascending.subList(0, 20));
        click(By.cssSelector("a[data-sort='name']"));
        until(driver -> driver.getCurrentUrl().contains("sort=name&dir=desc"));
        untilShown(descending.subList(0, 20));

        // a filter keeps the sort (the form holds it, refreshed with each table)
        new Select(browser.findElement(By.id("villages-status"))).selectByValue("NOT_READY");
        until(driver -> driver.getCurrentUrl().contains("status=NOT_READY"));
        assertThat(browser.getCurrentUrl()).contains("sort=name", "dir=desc");
        List<String> notReady = codes(villages.stream().sorted(byName.reversed().thenComparing(byCode))
                .filter(v -> v.get("status").asText().equals("NOT_READY")).toList());
        assertThat(notReady).hasSizeBetween(2, 20);
        untilShown(notReady);

        new Select(browser.findElement(By.id("villages-status"))).selectByValue("");
        until(driver -> !driver.getCurrentUrl().contains("status=NOT_READY"));
        browser.findElement(By.id("villages-q")).sendKeys("试验1");
        until(driver -> driver.getCurrentUrl().contains("q="));
        List<String> matching = codes(villages.stream().sorted(byName.reversed().thenComparing(byCode))
                .filter(v -> v.get("name").asText().contains("试验1")).toList());
        assertThat(matching).hasSize(11);
        untilShown(matching);

        browser.findElement(By.id("villages-q")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        until(driver -> !driver.getCurrentUrl().contains("q=%"));
        untilShown(descending.subList(0, 20));
        click(By.cssSelector("a[data-page='2']"));
        until(driver -> driver.getCurrentUrl().contains("page=2"));
        untilShown(descending.subList(20, 40));
        assertThat(browser.executeScript("return window.drillMarker")).as("swapped in place, not reloaded")
                .isEqualTo("still here");
        wholePage("drill-county-villages-page-2");

        // the address opened afresh shows the same rows, the whole page round them
        browser.get(browser.getCurrentUrl());
        waitFor(By.cssSelector("main[data-page='county']"));
        assertThat(browser.executeScript("return window.drillMarker")).isNull();
        assertThat(shownVillages()).isEqualTo(descending.subList(20, 40));
        assertThat(browser.findElement(By.cssSelector("a[data-sort='name']")).getText()).endsWith("▼");
    }

    @Test
    void htmxGetsTheTableAloneAndEveryoneElseTheWholePage() {
        String run = uploaded(Sample.bytes());
        PageSession reader = session("pages-reader", Set.of());
        String address = "/runs/" + run + "/counties/640422?status=NOT_READY&sort=name&dir=desc";

        ResponseEntity<String> whole = reader.open(address);
        assertThat(whole.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(whole.getBody()).contains("<html", "class=\"breadcrumb\"", "id=\"villages-filter\"");
        assertThat(whole.getHeaders().getVary()).contains("HX-Request");
        ResponseEntity<String> table = reader.htmx(address);
        assertThat(table.getBody()).startsWith("<div id=\"villages\"")
                .doesNotContain("<html", "breadcrumb", "villages-filter")
                .contains("hx-swap-oob=\"true\"", "value=\"name\"", "data-status=\"NOT_READY\"")
                .doesNotContain("data-status=\"EXIT_READY\"");
        // htmx going back to a page its history lacks asks for the whole page
        assertThat(reader.restoring(address).getBody()).contains("<html", "class=\"breadcrumb\"");
        assertThat(reader.htmx("/runs/" + run + "/villages/640422100200?criterion=H-INCOME").getBody())
                .startsWith("<div id=\"households\"");
        assertThat(reader.open("/runs/" + run + "/counties/640422?sort=nonsense").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reader.open("/runs/" + run + "/counties/999999").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCountyOfficeSeesItsCountyAndNothingOfAnotherOneNotEvenThatItExists() {
        String run = uploaded(Sample.bytes());
        JsonNode households = get("/api/runs/" + run).get("households");
        JsonNode own = first(households, h -> h.get("villageCode").asText().startsWith("640422"));
        JsonNode other = first(households, h -> !h.get("villageCode").asText().startsWith("640422"));
        PageSession office = session("xiji-office", Set.of("640422"));

        assertThat(office.open("/runs/" + run + "/counties/640422").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(office.open("/runs/" + run + "/households/" + own.get("id").asText()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (String[] entity : new String[][] {{"counties", "640423"},
                {"villages", other.get("villageCode").asText()}, {"households", other.get("id").asText()}}) {
            String address = "/runs/" + run + "/" + entity[0] + "/" + entity[1];
            ResponseEntity<String> answer = office.open(address);
            assertThat(answer.getStatusCode()).as(address).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(office.htmx(address).getStatusCode()).as(address).isEqualTo(HttpStatus.NOT_FOUND);
            // word for word what an entity that does not exist gets
            assertThat(main(office.open(address + "0").getBody()))
                    .isEqualTo(main(answer.getBody()).replace(entity[1], entity[1] + "0"));
        }
    }

    private void countyPage(String run, JsonNode county, List<JsonNode> villages) {
        WebElement page = waitFor(By.cssSelector("main[data-page='county']"));
        assertThat(browser.getCurrentUrl()).endsWith("/runs/" + run + "/counties/" + county.get("code").asText());
        assertThat(metric(page, "status")).isEqualTo(county.get("status").asText());
        for (String[] rate : new String[][] {{"C-INCIDENCE", "incidence"}, {"C-WRONG-EXIT", "wrongExit"},
                {"C-MISSED", "missed"}, {"C-RECOGNITION", "recognition"}}) {
            JsonNode value = county.get("rates").get(rate[1]);
            assertThat(metric(page, rate[0])).isEqualTo(value.isNull() ? "" : value.decimalValue().toPlainString());
            assertThat(page.findElement(By.cssSelector("tr[data-criterion='" + rate[0] + "']"))
                    .getAttribute("data-passed"))
                    .isEqualTo(Boolean.toString(!texts(county.get("failed")).contains(rate[0])));
        }
        assertThat(shownVillages()).containsExactlyElementsOf(codes(villages).stream().sorted().toList());
        assertThat(browser.findElement(By.cssSelector("[data-crumb='run']")).getAttribute("href"))
                .endsWith("/runs/" + run);
    }

    private void villagePage(JsonNode village) {
        WebElement page = waitFor(By.cssSelector("main[data-page='village']"));
        assertThat(metric(page, "status")).isEqualTo(village.get("status").asText());
        assertThat(metric(page, "incidence")).isEqualTo(village.get("incidence").decimalValue().toPlainString());
        List<WebElement> criteria = page.findElements(By.cssSelector("table.criteria tr[data-criterion]"));
        for (WebElement row : criteria) {
            String code = row.getAttribute("data-criterion");
            assertThat(row.getAttribute("data-passed")).as(code)
                    .isEqualTo(Boolean.toString(!texts(village.get("failed")).contains(code)));
        }
        JsonNode facts = first(Sample.facts().get("villages"), v -> v.get("code").equals(village.get("code")));
        assertThat(criteria).hasSize(facts.get("povertyVillage").asBoolean() ? 6 : 0);
        if (facts.get("povertyVillage").asBoolean()) {
            assertThat(new BigDecimal(metric(page, "collectiveIncome")))
                    .isEqualByComparingTo(facts.get("collectiveIncome").decimalValue());
            assertThat(new BigDecimal(metric(page, "collectiveIncome.threshold"))).isEqualByComparingTo("50000");
        }
    }

    /** The household's file against the report (the failed criterion) and the explanation (a passed one). */
    private void householdPage(String run, JsonNode household) {
        String id = household.get("id").asText();
        WebElement page = waitFor(By.cssSelector("main[data-page='household']"));
        assertThat(browser.getCurrentUrl()).endsWith("/runs/" + run + "/households/" + id);
        assertThat(metric(page, "status")).isEqualTo(household.get("status").asText());
        assertThat(new BigDecimal(metric(page, "perCapitaNetIncome")))
                .isEqualByComparingTo(household.get("perCapitaNetIncome").decimalValue());
        JsonNode flag = first(household.get("flags"), f -> f.get("criterion").asText().equals("H-INCOME"));
        WebElement income = page.findElement(By.cssSelector("tr[data-criterion='H-INCOME']"));
        assertThat(income.getAttribute("data-passed")).isEqualTo("false");
        assertThat(new BigDecimal(income.getAttribute("data-measured")))
                .isEqualByComparingTo(flag.get("measured").decimalValue());
        assertThat(new BigDecimal(income.getAttribute("data-threshold")))
                .isEqualByComparingTo(flag.get("threshold").decimalValue());
        assertThat(income.findElement(By.cssSelector("[data-cell='measured']")).getText())
                .isEqualTo(income.getAttribute("data-measured"));

        JsonNode why = get("/api/runs/" + run + "/explain/household/" + id);
        WebElement passed = page.findElement(By.cssSelector("tr[data-passed='true'][data-parameter]"));
        JsonNode explained = first(why.get("criteria"),
                c -> c.get("criterion").asText().equals(passed.getAttribute("data-criterion")));
        assertThat(explained.get("passed").asBoolean()).isTrue();
        assertThat(new BigDecimal(passed.getAttribute("data-threshold")))
                .isEqualByComparingTo(explained.get("threshold").decimalValue());
        assertThat(new BigDecimal(passed.findElement(By.cssSelector("[data-cell='parameter-value']")).getText()))
                .isEqualByComparingTo(explained.at("/parameter/value").decimalValue());
        assertThat(passed.findElement(By.cssSelector("[data-cell='parameter']")).getText())
                .contains(explained.at("/parameter/name").asText(), explained.at("/parameter/effectiveFrom").asText());
        assertThat(passed.findElement(By.cssSelector("[data-cell='source']")).getText())
                .isEqualTo(explained.at("/parameter/source").asText()).isNotBlank();
        // every criterion the explanation gives is on the page, failed (or raised) where the report says
        assertThat(page.findElements(By.cssSelector("tr[data-criterion]"))).hasSize(why.get("criteria").size());
        assertThat(page.findElements(By.cssSelector("tr[data-passed='false']")).stream()
                .map(row -> row.getAttribute("data-criterion")).toList())
                .containsExactlyInAnyOrderElementsOf(all(household.get("flags"), f -> true).stream()
                        .map(f -> f.get("criterion").asText()).toList());
        assertThat(page.findElements(By.cssSelector("tr[data-remediation='H-INCOME']"))).hasSize(1);
        // its members are there, masked
        String source = browser.getPageSource();
        for (JsonNode member : Sample.members(id)) {
            assertThat(source).contains(PersonalData.maskIdNumber(member.get("idNumber").asText()),
                    PersonalData.maskName(member.get("name").asText()));
        }
    }

    /** No ID number of the sample and no name of the household's members, whole, in the page or its address. */
    private static void noPersonalData(JsonNode household) {
        String source = browser.getPageSource();
        for (JsonNode h : Sample.facts().get("households")) {
            for (JsonNode member : h.get("members")) {
                assertThat(source).doesNotContain(member.get("idNumber").asText());
            }
        }
        for (JsonNode member : Sample.members(household.get("id").asText())) {
            assertThat(source).doesNotContain(member.get("name").asText());
        }
        assertThat(browser.getCurrentUrl()).doesNotContainPattern("[0-9]{15}");
    }

    /** The page from its top as target/screenshots/NAME.png (a click may have scrolled it). */
    private static void wholePage(String name) {
        browser.executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
        screenshot(name);
    }

    /**
     * Clicks what the selector finds, scrolled to the middle at once (Bootstrap scrolls smoothly, and a
     * click during the scroll lands elsewhere); found again when htmx has just replaced it.
     */
    private static void click(By what) {
        until(driver -> {
            WebElement element = driver.findElement(what);
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            element.click();
            return true;
        });
    }

    /** Waits for the villages table to show these rows, in this order; says what it shows when it does not. */
    private static void untilShown(List<String> villages) {
        try {
            until(driver -> shownVillages().equals(villages));
        } catch (TimeoutException e) {
            assertThat(shownVillages()).as(browser.getCurrentUrl()).isEqualTo(villages);
        }
    }

    private static List<String> shownVillages() {
        return browser.findElements(By.cssSelector("#villages tr[data-village]")).stream()
                .map(row -> row.getAttribute("data-village")).toList();
    }

    /** Waits for htmx to have swapped what the condition looks for (a swapped row may go stale meanwhile). */
    private static void until(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    private String uploaded(byte[] dataset) {
        ResponseEntity<JsonNode> response = upload("dataset.json", dataset);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    /** A page session of a reader (an uploader) scoped to these counties (none: the province). */
    private PageSession session(String name, Set<String> counties) {
        as(name, counties, Role.UPLOADER);
        return PageSession.signIn(anonymous, name, PASSWORD);
    }

    private static List<String> codes(List<JsonNode> villages) {
        return villages.stream().map(v -> v.get("code").asText()).toList();
    }

    /** A page's main part: what it says, without what differs from answer to answer (the CSRF token). */
    private static String main(String page) {
        return page.replaceAll("(?s).*(<main.*</main>).*", "$1");
    }
}
