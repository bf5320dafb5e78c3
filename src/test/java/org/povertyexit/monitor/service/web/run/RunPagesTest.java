package org.povertyexit.monitor.service.web.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;

/** The home page, an upload through its file input, the dashboard it leads to, a rejected upload. */
class RunPagesTest extends BrowserTest {

    private static final Path SAMPLE = Path.of("data/ningxia-2019/dataset.json").toAbsolutePath();

    @Test
    void anUploadThroughThePageLeadsToADashboardThatShowsTheStoredReport() {
        signInAs("official", Role.UPLOADER);
        screenshot("runs-empty");
        browser.findElement(By.id("upload-file")).sendKeys(SAMPLE.toString());
        browser.findElement(By.id("upload-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches("/runs/[0-9a-f-]+$"));
        waitFor(By.cssSelector("[data-county]"));
        String runId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        JsonNode report = get("/api/runs/" + runId);

        WebElement page = browser.findElement(By.tagName("main"));
        report.get("summary").fields().forEachRemaining(level -> level.getValue().fields().forEachRemaining(status ->
                assertThat(metric(page, level.getKey() + "." + status.getKey()))
                        .as(level.getKey() + " " + status.getKey()).isEqualTo(status.getValue().asText())));
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-county]"));
        assertThat(cards).hasSize(report.get("counties").size());
        for (JsonNode county : report.get("counties")) {
            String countyCode = county.get("code").asText();
            WebElement card = browser.findElement(By.cssSelector("[data-county='" + countyCode + "']"));
            assertThat(card.getAttribute("data-status")).isEqualTo(county.get("status").asText());
            Map<String, String> rates = Map.of("C-INCIDENCE", "incidence", "C-WRONG-EXIT", "wrongExit",
                    "C-MISSED", "missed", "C-RECOGNITION", "recognition");
            rates.forEach((criterion, rate) -> {
                JsonNode value = county.get("rates").get(rate);
                assertThat(metric(card, criterion)).as(county.get("code") + " " + criterion)
                        .isEqualTo(value.isNull() ? "" : value.decimalValue().toPlainString());
                boolean failed = false;
                for (JsonNode code : county.get("failed")) {
                    failed |= code.asText().equals(criterion);
                }
                assertThat(card.findElement(By.cssSelector("[data-criterion='" + criterion + "']"))
                        .getAttribute("data-passed")).isEqualTo(Boolean.toString(!failed));
            });
        }
        assertThat(page.getText()).contains("红寺堡区", "可退出", "来源与可复现性");
        // the sample's counties are western: incidence below 3% (county.incidence_max.west), a strict bound
        browser.findElements(By.cssSelector("[data-criterion='C-INCIDENCE']"))
                .forEach(row -> assertThat(row.getText()).contains("< 3%"));
        waitFor(By.cssSelector("#chain-status[data-intact='true']"));
        assertThat(browser.findElements(By.cssSelector("#chart-failed svg"))).isNotEmpty();
        screenshot("dashboard");

        browser.findElement(By.id("lang-en")).click();
        waitFor(By.cssSelector("[data-county]"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Provenance", "Households");
        screenshot("dashboard-en");
        browser.findElement(By.id("lang-zh")).click();
        waitFor(By.cssSelector("[data-county]"));
    }

    @Test
    void aRejectedUploadListsEveryProblemAndStoresNothing() {
        signInAs("official", Role.UPLOADER);
        long runs = count("run");
        Path broken = DOWNLOADS.resolve("broken.json");
        writeBrokenSample(broken);
        browser.findElement(By.id("upload-file")).sendKeys(broken.toString());
        browser.findElement(By.id("upload-submit")).click();
        waitFor(By.id("upload-rejected"), Duration.ofSeconds(60));
        List<WebElement> problems = browser.findElements(By.cssSelector("#problems tr.problem"));
        assertThat(problems).isNotEmpty();
        assertThat(browser.findElement(By.id("upload-rejected")).getText()).contains("未保存任何内容", "H0000001");
        assertThat(browser.findElement(By.id("problems-xlsx")).getAttribute("href")).endsWith("/problems.xlsx");
        assertThat(count("run")).isEqualTo(runs);
        screenshot("upload-rejected");
    }

    private static void writeBrokenSample(Path to) {
        try {
            String sample = Files.readString(SAMPLE);
            Files.writeString(to, sample.replaceFirst("\"wageIncome\" : [0-9.]+", "\"wageIncome\" : \"abc\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
