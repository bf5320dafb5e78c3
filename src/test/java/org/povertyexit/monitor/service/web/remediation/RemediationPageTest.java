package org.povertyexit.monitor.service.web.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;

/** The remediation list in the browser: departments against the report, paging, filters, the workbook. */
class RemediationPageTest extends BrowserTest {

    private static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json");

    @Test
    void theDepartmentsAreTheReportsAndTheWorkbookFromThePageHoldsTheFilteredItems() throws IOException {
        String id = upload("dataset.json", Files.readAllBytes(SAMPLE)).getBody().get("id").asText();
        JsonNode report = get("/api/runs/" + id);
        signInAs("official", Role.UPLOADER);
        open("/runs/" + id + "/remediation");
        waitFor(By.id("remediation-results"));
        WebElement main = browser.findElement(By.tagName("main"));
        JsonNode items = report.get("remediation");
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, BigDecimal> gaps = new TreeMap<>();
        for (JsonNode item : items) {
            String department = item.get("department").asText();
            counts.merge(department, 1, Integer::sum);
            if (!item.get("gap").isNull()) {
                gaps.merge(department + " " + item.get("unit").asText(), item.get("gap").decimalValue(),
                        BigDecimal::add);
            }
        }
        assertThat(main.findElements(By.cssSelector(".department-summary tr[data-department]")))
                .hasSize(counts.size());
        counts.forEach((department, n) -> assertThat(metric(main, "remediation." + department)).as(department)
                .isEqualTo(Integer.toString(n)));
        assertThat(gaps).isNotEmpty();
        gaps.forEach((key, sum) -> {
            String[] departmentAndUnit = key.split(" ");
            WebElement gap = main.findElement(By.cssSelector("tr[data-department='" + departmentAndUnit[0]
                    + "'] .gap[data-unit='" + departmentAndUnit[1] + "']"));
            assertThat(new BigDecimal(gap.getAttribute("data-value"))).as(key).isEqualByComparingTo(sum);
        });
        assertThat(metric(main, "remediation.items")).isEqualTo(Integer.toString(items.size()));
        assertThat(shown()).containsExactlyElementsOf(keys(items, 0, 50));
        assertThat(browser.findElements(By.cssSelector("#chart-departments svg"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("运行记录", "整改清单");
        screenshot("remediation");

        // the second page, from the server
        click(browser.findElement(By.cssSelector(".pager a[data-page='2']")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("page=2")
                && shown().equals(keys(items, 50, 100)));

        // a county and a department: the filters the API applies, and the export links carry them
        new Select(browser.findElement(By.id("filter-county"))).selectByValue("640425");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("county=640425"));
        new Select(browser.findElement(By.id("filter-department"))).selectByValue("AGRICULTURE");
        JsonNode filtered = get("/api/runs/" + id + "/remediation?county=640425&department=AGRICULTURE");
        assertThat(filtered).isNotEmpty();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                d.getCurrentUrl().contains("department=AGRICULTURE") && shown().equals(keys(filtered, 0, 50)));
        assertThat(metric(browser.findElement(By.tagName("main")), "remediation.items"))
                .isEqualTo(Integer.toString(filtered.size()));
        WebElement export = browser.findElement(By.id("export-xlsx"));
        assertThat(export.getAttribute("href")).contains("format=xlsx", "county=640425", "department=AGRICULTURE");

        Path workbook = DOWNLOADS.resolve("remediation-" + id + ".xlsx");
        Files.deleteIfExists(workbook);
        click(export);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.exists(workbook)
                && !Files.exists(DOWNLOADS.resolve(workbook.getFileName() + ".crdownload")));
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            Sheet sheet = read.getSheet("整改清单");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("县");
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("责任部门");
            assertThat(sheet.getLastRowNum()).isEqualTo(filtered.size());
            for (int i = 0; i < filtered.size(); i++) {
                Row row = sheet.getRow(i + 1);
                JsonNode item = filtered.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("640425");
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(item.get("entityId").asText());
                assertThat(row.getCell(7).getStringCellValue()).endsWith("(" + item.get("criterion").asText() + ")");
                assertThat(row.getCell(9).getStringCellValue()).isEqualTo("农业农村");
            }
        }
        screenshot("remediation-filtered");

        open("/runs/" + id + "/remediation?department=FOO");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("请求有误", "FOO");
    }

    @Test
    void aCountyOfficeSeesItsCountysItemsAlone() throws IOException {
        String id = upload("dataset.json", Files.readAllBytes(SAMPLE)).getBody().get("id").asText();
        JsonNode own = as("pengyang", Set.of("640425"), Role.UPLOADER).getForObject("/api/runs/" + id + "/remediation",
                JsonNode.class);
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("pengyang");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        open("/runs/" + id + "/remediation");
        WebElement main = waitFor(By.id("remediation-results"));
        Map<String, Integer> counts = new TreeMap<>();
        own.forEach(item -> counts.merge(item.get("department").asText(), 1, Integer::sum));
        assertThat(main.findElements(By.cssSelector(".department-summary tr[data-department]")))
                .hasSize(counts.size());
        counts.forEach((department, n) -> assertThat(metric(main, "remediation." + department)).as(department)
                .isEqualTo(Integer.toString(n)));
        assertThat(metric(main, "remediation.items")).isEqualTo(Integer.toString(own.size()));
        assertThat(new Select(browser.findElement(By.id("filter-county"))).getOptions()).extracting(o ->
                o.getAttribute("value")).containsExactly("", "640425");
    }

    /** Clicks what may lie below the window, brought into view first (at once: Bootstrap scrolls smoothly). */
    private static void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /** The items the table shows: "entity criterion". */
    private static List<String> shown() {
        return browser.findElements(By.cssSelector("tr.remediation-item")).stream()
                .map(row -> row.getAttribute("data-entity") + " " + row.getAttribute("data-criterion")).toList();
    }

    private static List<String> keys(JsonNode items, int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int i = from; i < Math.min(to, items.size()); i++) {
            keys.add(items.get(i).get("entityId").asText() + " " + items.get(i).get("criterion").asText());
        }
        return keys;
    }
}
