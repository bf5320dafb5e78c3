package org.povertyexit.monitor.service.web.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.povertyexit.monitor.service.user.Role;
import org.povertyexit.monitor.service.web.BrowserTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The parameters and rules pages in a browser, read against the rules folder in force: every dated value
 * of a parameter with its source and verified flag, the value in force today, the rules whose text names
 * it; every rule with its metadata and its DRL; and a stored run's own values and rules.
 */
class PolicyPagesTest extends BrowserTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    private static final String POVERTY_LINE = "parameters/household/poverty_line.yaml";
    private static final String INCOME = "H-INCOME per-capita net income above the poverty line";

    @Test
    void theParametersPageListsEveryDatedValueItsSourceAndTheRulesThatUseIt() throws IOException {
        signInAs("reader", Role.UPLOADER);
        open("/parameters");
        WebElement line = waitFor(By.cssSelector("article.parameter[data-parameter='household.poverty_line']"));
        JsonNode file = YAML.readTree(RULES.resolve(POVERTY_LINE).toFile());
        assertThat(line.getText()).contains(file.get("description").asText(), "元/人·年");
        List<WebElement> rows = line.findElements(By.cssSelector("tr.dated-value"));
        assertThat(rows).hasSize(file.get("values").size());
        String inForce = null;
        for (JsonNode value : file.get("values")) {
            if (!LocalDate.parse(value.get("from").asText()).isAfter(LocalDate.now())) {
                inForce = value.get("from").asText();
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode value = file.get("values").get(i);
            WebElement row = rows.get(i);
            String from = value.get("from").asText();
            assertThat(row.getAttribute("data-from")).isEqualTo(from);
            assertThat(new BigDecimal(row.getAttribute("data-value")))
                    .isEqualByComparingTo(value.get("value").decimalValue());
            assertThat(row.getText()).contains(value.get("source").asText(),
                    value.get("verified").asBoolean() ? "已核实" : "未核实");
            assertThat(row.getAttribute("data-verified")).isEqualTo(value.get("verified").asText());
            if (value.has("note")) {
                assertThat(row.getText()).contains(value.get("note").asText());
            }
            assertThat(row.getAttribute("data-in-force")).as(from).isEqualTo(Boolean.toString(from.equals(inForce)));
            assertThat(row.findElements(By.className("in-force"))).hasSize(from.equals(inForce) ? 1 : 0);
        }
        assertThat(usedBy(line)).isEqualTo(rulesNaming("\"household.poverty_line\""))
                .contains(INCOME, "H-INCOME evidence");
        // a name built at run time ("county.incidence_max." + $region) names every parameter under it
        WebElement west = browser.findElement(By.cssSelector("[data-parameter='county.incidence_max.west']"));
        assertThat(usedBy(west)).isNotEmpty().isEqualTo(rulesNaming("\"county.incidence_max.\""));
        assertThat(browser.findElements(By.cssSelector("section.parameter-tree")).stream()
                .map(tree -> tree.getAttribute("data-tree")).toList())
                .containsExactly("household", "village", "county", "monitoring", "water", "compliance");
        screenshot("parameters");

        follow(line.findElement(By.cssSelector("li[data-rule='" + INCOME + "'] a")));
        WebElement declared = waitFor(By.cssSelector(".drl-rule:target"));
        assertThat(declared.getAttribute("data-rule")).isEqualTo(INCOME);
    }

    @Test
    void theRulesPagesShowEveryRuleWithItsMetadataAndEachFileWithItsText() throws IOException {
        signInAs("reader", Role.UPLOADER);
        open("/rules");
        waitFor(By.cssSelector("table.rule-table"));
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path drl : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Matcher rule = RULE.matcher(Files.readString(drl));
                while (rule.find()) {
                    declared.add(rule.group(1));
                }
                assertThat(browser.findElements(By.cssSelector("table.rule-table[data-file='" + drl.getFileName()
                        + "']"))).hasSize(1);
            }
        }
        Set<String> listed = new TreeSet<>();
        browser.findElements(By.cssSelector("tr.rule-row")).forEach(row -> listed.add(row.getAttribute("data-rule")));
        assertThat(listed).isEqualTo(declared);
        WebElement shortfall = browser.findElement(By.cssSelector(
                "tr.rule-row[data-rule='H-FOOD-CLOTHING: clothing not secure']"));
        assertThat(shortfall.getText()).contains("H-FOOD-CLOTHING", "退出标准", "民政", "不愁吃、不愁穿");
        assertThat(browser.findElement(By.cssSelector("tr.rule-row[data-rule='H-INCOME evidence']"))
                .getAttribute("data-evidence")).isEqualTo("true");
        screenshot("rules");

        follow(shortfall.findElement(By.tagName("a")));
        WebElement rule = waitFor(By.cssSelector(".drl-rule:target"));
        assertThat(rule.getText()).startsWith("rule \"H-FOOD-CLOTHING: clothing not secure\"")
                .contains("clothingSecure == false").endsWith("end");
        String text = Files.readString(RULES.resolve("household-criteria.drl"));
        assertThat(browser.findElement(By.id("drl")).getAttribute("textContent")).isEqualTo(text);
        screenshot("rule-file");
    }

    @Test
    void withARunThePagesShowTheRulesAndValuesItUsedToThoseWhoMaySeeIt() throws IOException {
        ResponseEntity<JsonNode> stored = upload("dataset.json",
                Files.readAllBytes(Path.of("data/ningxia-2019/dataset.json")));
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String run = stored.getBody().get("id").asText();
        LocalDate assessed = LocalDate.parse(get("/api/runs/" + run).get("run").get("assessmentDate").asText());
        JsonNode used = null;
        for (JsonNode value : YAML.readTree(RULES.resolve(POVERTY_LINE).toFile()).get("values")) {
            used = LocalDate.parse(value.get("from").asText()).isAfter(assessed) ? used : value;
        }

        signInAs("reader", Role.UPLOADER);
        open("/parameters?run=" + run);
        WebElement line = waitFor(By.cssSelector("article.parameter[data-parameter='household.poverty_line']"));
        assertThat(new BigDecimal(line.findElement(By.className("run-value")).getAttribute("data-value")))
                .isEqualByComparingTo(used.get("value").decimalValue());
        assertThat(line.findElement(By.cssSelector("tr.dated-value[data-used='true']")).getAttribute("data-from"))
                .isEqualTo(used.get("from").asText());
        assertThat(line.findElement(By.cssSelector("li[data-rule] a")).getAttribute("href"))
                .contains("?run=" + run + "#");
        open("/rules?run=" + run);
        assertThat(waitFor(By.cssSelector("p.rule-set-shown")).getAttribute("data-run")).isEqualTo(run);

        // a county office outside the run's counties: the run is not theirs to see
        as("yinchuan-reader", Set.of("640104"), Role.UPLOADER);
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("yinchuan-reader");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        follow(browser.findElement(By.id("sign-in")));
        waitFor(By.cssSelector("nav .navbar-nav"));
        open("/parameters?run=" + run);
        assertThat(waitFor(By.cssSelector("main.error-page")).getAttribute("data-status")).isEqualTo("404");
    }

    /** The rules a parameter card lists. */
    private static Set<String> usedBy(WebElement parameter) {
        Set<String> rules = new TreeSet<>();
        parameter.findElements(By.cssSelector("li[data-rule]")).forEach(li -> rules.add(li.getAttribute("data-rule")));
        return rules;
    }

    /** The rules of the folder in force whose declaration, up to its "end", holds the text. */
    private static Set<String> rulesNaming(String text) throws IOException {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path drl : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                String source = Files.readString(drl);
                Matcher rule = RULE.matcher(source);
                List<Integer> starts = new ArrayList<>();
                List<String> names = new ArrayList<>();
                while (rule.find()) {
                    starts.add(rule.start());
                    names.add(rule.group(1));
                }
                for (int i = 0; i < starts.size(); i++) {
                    int end = i + 1 < starts.size() ? starts.get(i + 1) : source.length();
                    String body = source.substring(starts.get(i), end);
                    if (body.substring(0, body.indexOf("\nend")).contains(text)) {
                        rules.add(names.get(i));
                    }
                }
            }
        }
        return rules;
    }

    /**
     * Clicks a link or button as the page's own click would (a screenshot resizes the window, and headless
     * Chromium then places the next pointer click by the old size).
     */
    private static void follow(WebElement target) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", target);
    }
}
