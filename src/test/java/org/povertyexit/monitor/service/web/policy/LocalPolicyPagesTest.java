package org.povertyexit.monitor.service.web.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.povertyexit.monitor.service.run.ScopedParametersRunTest;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;

/**
 * A local policy on the pages, from a run under a rule set that gives Xiji (640422) its own collective-income
 * minimum of 30000 beside the default 50000 (both villages at 40000): the parameters page shows the local
 * value beside the default with its county, in Chinese and English; a village's page says whose value it was
 * held to; and the what-if form takes a new value for some counties only.
 */
class LocalPolicyPagesTest extends BrowserTest {

    private static final String INCOME = "village.collective_income_min";

    private String run() throws IOException {
        return ScopedParametersRunTest.runWithLocalPolicy(as("admin-pages", Role.ADMIN), http);
    }

    @Test
    void theParametersPageShowsALocalValueBesideTheDefaultWithItsCounties() throws IOException {
        String run = run();
        signInAs("reader", Role.UPLOADER);
        open("/parameters?run=" + run);
        WebElement income = waitFor(By.cssSelector("article.parameter[data-parameter='" + INCOME + "']"));
        List<WebElement> rows = income.findElements(By.cssSelector("tr.dated-value"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getAttribute("data-counties")).isNull();
        assertThat(rows.get(0).getText()).contains("50000", "默认（其他各县）");
        assertThat(rows.get(0).getAttribute("data-used")).isEqualTo("true");
        WebElement local = rows.get(1);
        assertThat(local.getAttribute("class")).contains("local-value");
        assertThat(local.getAttribute("data-counties")).isEqualTo("640422");
        assertThat(local.getAttribute("data-used")).isEqualTo("true");
        assertThat(local.getText()).contains("30000", "本地政策", "640422", ScopedParametersRunTest.SOURCE);
        WebElement used = income.findElement(By.cssSelector(".run-local-value"));
        assertThat(used.getAttribute("data-counties")).isEqualTo("640422");
        assertThat(used.getText()).contains("县 640422", "30000");
        // a parameter without local values keeps its table as it was
        WebElement line = browser.findElement(
                By.cssSelector("article.parameter[data-parameter='household.poverty_line']"));
        assertThat(line.findElements(By.cssSelector("td.scope, .run-local-value, tr.local-value"))).isEmpty();
        scrollTo(income);
        screenshot("parameters-local-policy");

        follow(browser.findElement(By.id("lang-en")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("article.parameter[data-parameter='" + INCOME + "'] tr.local-value"), "local policy"));
        income = browser.findElement(By.cssSelector("article.parameter[data-parameter='" + INCOME + "']"));
        assertThat(income.findElement(By.cssSelector("tr.dated-value")).getText())
                .contains("default (every other county)");
        assertThat(income.findElement(By.cssSelector(".run-local-value")).getText())
                .contains("Value this run used in county 640422: 30000");
        scrollTo(income);
        screenshot("parameters-local-policy-en");
        follow(browser.findElement(By.id("lang-zh")));
        waitFor(By.cssSelector("article.parameter"));
    }

    @Test
    void aVillagesCriteriaSayWhoseValueTheyWereHeldTo() throws IOException {
        String run = run();
        signInAs("reader", Role.UPLOADER);
        open("/runs/" + run + "/villages/" + ScopedParametersRunTest.XIJI_VILLAGE);
        WebElement local = waitFor(By.cssSelector("tr[data-criterion='V-COLLECTIVE-INCOME']"));
        assertThat(local.getAttribute("data-passed")).isEqualTo("true");
        assertThat(local.getAttribute("data-threshold")).isEqualTo("30000");
        WebElement scope = local.findElement(By.cssSelector("[data-cell='scope']"));
        assertThat(scope.getAttribute("data-counties")).isEqualTo("640422");
        assertThat(scope.getText()).isEqualTo("本地政策：仅适用于县 640422");
        scrollTo(local);
        screenshot("drill-village-local-policy");

        open("/runs/" + run + "/villages/" + ScopedParametersRunTest.LONGDE_VILLAGE);
        WebElement fallback = waitFor(By.cssSelector("tr[data-criterion='V-COLLECTIVE-INCOME']"));
        assertThat(fallback.getAttribute("data-passed")).isEqualTo("false");
        assertThat(fallback.findElement(By.cssSelector("[data-cell='scope']")).getText())
                .isEqualTo("默认值（未设本地政策的各县通用）");
    }

    @Test
    void theWhatIfFormTakesANewValueForSomeCountiesOnly() throws IOException {
        String run = run();
        signInAs("analyst", Role.ANALYST);
        open("/runs/" + run + "/what-if");
        WebElement value = waitFor(By.cssSelector("input[data-override='" + INCOME + "']"));
        WebElement inForce = browser.findElement(By.cssSelector("tr[data-parameter='" + INCOME + "'] td[data-value]"));
        assertThat(inForce.getAttribute("data-value")).isEqualTo("50000");
        assertThat(inForce.findElement(By.className("local-value")).getText()).isEqualTo("县 640422：30000");
        value.sendKeys("40000");
        browser.findElement(By.cssSelector("input[data-scope='" + INCOME + "']")).sendKeys("640423");
        scrollTo(value);
        screenshot("whatif-form-local-policy");
        follow(browser.findElement(By.id("scenario-submit")));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches(
                "/runs/" + run + "/scenarios/[0-9a-f-]+$"));
        WebElement override = waitFor(By.cssSelector("#scenario-changes tr.override[data-parameter='" + INCOME + "']"));
        assertThat(override.getAttribute("data-counties")).isEqualTo("640423");
        assertThat(override.getText()).contains("仅县 640423", "50000", "40000");
        // Longde's village passes at 40000; Xiji's keeps its own 30000 and is not among the flips
        assertThat(browser.findElements(By.cssSelector("tr.flip")).stream().map(row -> row.getAttribute("data-flip")))
                .containsExactly(ScopedParametersRunTest.LONGDE_VILLAGE);
    }

    private static void scrollTo(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    /** Clicks as the page's own click would (see PolicyPagesTest). */
    private static void follow(WebElement target) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", target);
    }
}
