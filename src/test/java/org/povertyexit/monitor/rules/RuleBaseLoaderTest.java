package org.povertyexit.monitor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.povertyexit.monitor.evaluation.Facts;

/** Compiling the rules folder: located problems (every one of them) and the metadata every criterion needs. */
class RuleBaseLoaderTest {

    @TempDir
    Path copy;

    private Map<String, String> rules() throws IOException {
        return new TreeMap<>(RuleSource.folder(Path.of("rules")).drlFiles());
    }

    /** Replaces the first occurrence of {@code text}, failing if it is absent (the DRL changed). */
    private static String replace(String drl, String text, String with) {
        assertThat(drl).contains(text);
        return drl.replaceFirst(java.util.regex.Pattern.quote(text), java.util.regex.Matcher.quoteReplacement(with));
    }

    private static int lineOf(String drl, String text) {
        return drl.substring(0, drl.indexOf(text)).split("\n", -1).length;
    }

    @Test
    void theRulesFolderCompilesWithACatalogOfEveryCriterion() {
        RuleBase base = Facts.assessment().rules();

        assertThat(base.ruleForCriterion("H-INCOME")).hasValueSatisfying(rule -> {
            assertThat(rule.severity()).isEqualTo("BLOCKING");
            assertThat(rule.department()).isEqualTo("AGRICULTURE");
            assertThat(rule.source()).isNotBlank();
        });
        assertThat(base.criteria()).hasSize(22);
        // a criterion of several checks (H-WATER) is named by its first rule, which carries its metadata
        assertThat(base.criteria().get("H-WATER").rule()).isEqualTo("H-WATER safe drinking water");
        assertThat(base.rules()).filteredOn(rule -> "H-WATER".equals(rule.criterion())).hasSizeGreaterThan(1);
        assertThat(base.version()).hasSize(64);
    }

    @Test
    void everyCompileErrorIsListedWithFileAndLine() throws Exception {
        Map<String, String> files = rules();
        String household = files.get("household-criteria.drl");
        String brokenHousehold = replace(household, "$h : Household(registered, foodSecure == false)",
                "$h : Household(registerd, foodSecure == false)");
        String village = files.get("village-criteria.drl");
        String brokenVillage = replace(village, "$income : collectiveIncome, collectiveIncome < $min)",
                "$income : collectiveIncom, collectiveIncome < $min)");
        files.put("household-criteria.drl", brokenHousehold);
        files.put("village-criteria.drl", brokenVillage);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(copy.resolve(file.getKey()), file.getValue());
        }

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> RuleBaseLoader.load(RuleSource.folder(copy)));

        int householdLine = lineOf(brokenHousehold, "Household(registerd");
        int villageLine = lineOf(brokenVillage, "collectiveIncom,");
        assertThat(e.problems()).anySatisfy(problem ->
                assertThat(problem).startsWith("rules/household-criteria.drl:" + householdLine + ": "));
        assertThat(e.problems()).anySatisfy(problem ->
                assertThat(problem).startsWith("rules/village-criteria.drl:" + villageLine + ": ")
                        .contains("collectiveIncom"));
        assertThat(e.problems()).allSatisfy(problem -> assertThat(problem).matches("rules/[a-z-]+\\.drl:\\d+: .+"));
        assertThat(e.getMessage()).contains("rules/household-criteria.drl:" + householdLine);
    }

    @Test
    void aSyntaxErrorIsLocated() {
        String drl = """
                package org.povertyexit.rules;

                rule "unfinished"
                when
                    String(
                then
                end
                """;

        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> RuleBaseLoader.compile(Map.of("broken.drl", drl)));

        assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith("rules/broken.drl:"));
        assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).matches("rules/broken.drl:[5-7]: .+"));
    }

    @Test
    void aCriterionRuleLackingMetadataIsRejected() throws Exception {
        Map<String, String> files = rules();
        String drl = files.get("village-criteria.drl");
        String withoutSource = replace(drl,
                "    @source(\"full coverage reported at Ningxia county exits\")\n    @action_zh(\"建设通村硬化路\")",
                "    @action_zh(\"建设通村硬化路\")");
        files.put("village-criteria.drl", withoutSource);
        int line = lineOf(withoutSource, "rule \"V-ROAD");

        assertThatThrownBy(() -> RuleBaseLoader.compile(files))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .containsExactly("rules/village-criteria.drl:" + line
                                + ": rule \"V-ROAD village reached by a hardened road\" lacks @source(...)"));
    }

    @Test
    void aCriterionDescribedByTwoRulesIsRejected() throws Exception {
        Map<String, String> files = rules();
        String drl = files.get("village-criteria.drl");
        String twice = drl + """

                rule "V-ROAD described again"
                    @criterion("V-ROAD") @severity("BLOCKING") @department("TRANSPORT") @source("again")
                    @action_zh("再说一遍") @action_en("again")
                when
                    Village(povertyVillage, hardenedRoad == false)
                then
                end
                """;
        files.put("village-criteria.drl", twice);

        assertThatThrownBy(() -> RuleBaseLoader.compile(files))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .containsExactly("rules/village-criteria.drl:" + lineOf(twice, "rule \"V-ROAD described")
                                + ": rule \"V-ROAD described again\" describes V-ROAD again: its metadata belongs "
                                + "on one rule, \"V-ROAD village reached by a hardened road\""));
    }

    @Test
    void aCheckWithoutSeverityAndACriterionWithoutDescriptionAreRejected() throws Exception {
        Map<String, String> files = rules();
        String drl = files.get("village-criteria.drl") + """

                rule "V-SCHOOL village has a school"
                    @criterion("V-SCHOOL")
                when
                    Village(povertyVillage)
                then
                end
                """;
        files.put("village-criteria.drl", drl);
        int line = lineOf(drl, "rule \"V-SCHOOL");

        assertThatThrownBy(() -> RuleBaseLoader.compile(files))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .containsExactly("rules/village-criteria.drl:" + line
                                + ": rule \"V-SCHOOL village has a school\" lacks @severity(...)"));

        String described = drl.replace("@criterion(\"V-SCHOOL\")", "@criterion(\"V-SCHOOL\") @severity(\"BLOCKING\")");
        files.put("village-criteria.drl", described);
        assertThatThrownBy(() -> RuleBaseLoader.compile(files))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .singleElement().asString().contains("is the first rule of V-SCHOOL, yet no rule of it carries"));
    }

    @Test
    void aFolderWithoutRulesIsRejected() throws Exception {
        Files.writeString(copy.resolve("notes.yaml"), "a: 1");

        assertThatThrownBy(() -> RuleBaseLoader.load(RuleSource.folder(copy)))
                .isInstanceOfSatisfying(RuleCompilationException.class,
                        e -> assertThat(e.problems()).singleElement().asString().endsWith("no .drl files"));
    }

    @Test
    void theVersionFollowsTheText() throws Exception {
        String drl = "package org.povertyexit.rules;\nrule \"nothing\"\nwhen\nthen\nend\n";
        String before = RuleBaseLoader.compile(Map.of("a.drl", drl)).version();

        assertThat(RuleBaseLoader.compile(Map.of("a.drl", drl)).version()).isEqualTo(before);
        assertThat(RuleBaseLoader.compile(Map.of("a.drl", drl + "// a comment\n")).version()).isNotEqualTo(before);
    }
}
