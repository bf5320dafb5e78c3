package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON form of data-format.md: a valid file loads; every kind of bad input gets located errors. */
class JsonDatasetLoadingTest {

    static final Path SMALL = Path.of("src/test/resources/datasets/small.json");

    @TempDir
    Path folder;

    private static String small() throws IOException {
        return Files.readString(SMALL);
    }

    /** The errors of loading {@code json} as test.json; fails if it loads. */
    private static List<InputError> errorsOf(byte[] json) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> new DatasetLoader().loadJson("test.json", new ByteArrayInputStream(json)));
        assertThat(e).as("the input should be rejected").isNotNull();
        assertThat(e.errors()).allSatisfy(error -> {
            assertThat(error.file()).isEqualTo("test.json");
            assertThat(error.isError()).isTrue();
        });
        return e.errors();
    }

    private static List<InputError> errorsOf(String json) {
        return errorsOf(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String replace(String text, String what, String with) {
        assertThat(text).contains(what);
        return text.replaceFirst(java.util.regex.Pattern.quote(what), java.util.regex.Matcher.quoteReplacement(with));
    }

    @Test
    void aValidFileLoadsWithDefaultsApplied() throws Exception {
        Dataset dataset = new DatasetLoader().load(SMALL);

        assertThat(dataset.meta().effectiveAssessmentDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(dataset.counties()).hasSize(1);
        assertThat(dataset.villages()).hasSize(2);
        assertThat(dataset.households()).extracting(Household::id).containsExactly("H0001", "H0002", "H0003");
        assertThat(dataset.memberCount()).isEqualTo(4);
        Household first = dataset.households().get(0);
        assertThat(first.perCapitaNetIncome()).isEqualByComparingTo("3850.25");
        assertThat(first.waterRoundTripMinutes()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(first.members()).allSatisfy(m -> assertThat(m.householdId()).isEqualTo("H0001"));
        assertThat(dataset.households().get(2).members().get(0).labour()).isEqualTo(Labour.NORMAL);
        assertThat(dataset.villages().get(0).deepPoverty()).isFalse();
    }

    @Test
    void aMalformedNumberIsLocated() throws IOException {
        assertThat(errorsOf(replace(small(), "\"wageIncome\": 3000", "\"wageIncome\": \"3000,5\"")))
                .containsExactly(InputError.error("test.json", null, "households[1].wageIncome", "3000,5",
                        "not a number").about("H0002"));
    }

    @Test
    void veryManyProblemsAreCountedButOnlyTheFirstKept() throws IOException {
        ObjectNode dataset = (ObjectNode)
                new ObjectMapper().readTree(small());
        ArrayNode households = dataset.withArray("households");
        JsonNode template = households.get(0);
        int wrong = InputProblems.MOST_KEPT + 500;
        for (int i = 0; i < wrong; i++) {
            ObjectNode household = template.deepCopy();
            String id = "X" + i;
            household.put("id", id).put("wageIncome", "many");
            household.withArray("members").forEach(m -> ((ObjectNode) m)
                    .put("id", id + "-" + m.get("id").asText()).put("householdId", id));
            households.add(household);
        }
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> new DatasetLoader()
                .loadJson("test.json", new ByteArrayInputStream(dataset.toString().getBytes(StandardCharsets.UTF_8))));

        assertThat(e.total()).isEqualTo(wrong);
        assertThat(e.errors()).hasSize(InputProblems.MOST_KEPT);
        assertThat(e.errors().get(0).toString()).isEqualTo("test.json, X0, field households[3].wageIncome (\"many\"): "
                + "not a number");
    }

    @Test
    void aMalformedDateIsLocated() throws IOException {
        assertThat(errorsOf(replace(small(), "\"birthDate\": \"1975-02-03\"", "\"birthDate\": \"1975-02-30\"")))
                .containsExactly(InputError.error("test.json", null, "households[1].members[0].birthDate",
                        "1975-02-30", "not a date (YYYY-MM-DD)").about("P0003"));
    }

    @Test
    void anUnknownEnumValueIsLocatedWithTheAllowedValues() throws IOException {
        List<InputError> errors = errorsOf(replace(small(), "\"housingGrade\": \"C\"", "\"housingGrade\": \"E\""));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("households[1].housingGrade");
            assertThat(error.value()).isEqualTo("E");
            assertThat(error.reason()).startsWith("unknown value").contains("A", "D");
        });
    }

    @Test
    void aDuplicateIdNamesTheFirst() throws IOException {
        assertThat(errorsOf(replace(small(), "\"id\": \"H0003\"", "\"id\": \"H0001\"")))
                .containsExactly(InputError.error("test.json", null, "households[2].id", "H0001",
                        "duplicate id (first at households[0])").about("H0001"));
    }

    @Test
    void aVillageOfAnUnknownCountyIsLocated() throws IOException {
        assertThat(errorsOf(replace(small(), "\"countyCode\": \"640422\", \"name\"", "\"countyCode\": \"640499\", \"name\"")))
                .containsExactly(InputError.error("test.json", null, "villages[1].countyCode", "640499",
                        "no county has this code").about("640422100202"));
    }

    @Test
    void aHouseholdWithoutMembersIsLocated() throws IOException {
        String json = small();
        int start = json.lastIndexOf("\"members\": [");
        int end = json.indexOf("]}", start);
        String noMembers = json.substring(0, start) + "\"members\": [" + json.substring(end);

        assertThat(errorsOf(noMembers)).containsExactly(InputError.error("test.json", null, "households[2].members",
                null, "household has no members").about("H0003"));
    }

    @Test
    void selfPaidAboveTotalIsLocated() throws IOException {
        assertThat(errorsOf(replace(small(), "\"medicalSelfPaid\": 1900", "\"medicalSelfPaid\": 2000.01")))
                .containsExactly(InputError.error("test.json", null, "households[1].medicalSelfPaid", "2000.01",
                        "self-paid above medicalCostTotal (2000.00)").about("H0002"));
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws IOException {
        String json = replace(small(), "\"wageIncome\": 3000", "\"wageIncome\": \"x\"");
        json = replace(json, "\"housingGrade\": \"A\"", "\"housingGrade\": \"Z\"");
        json = replace(json, "\"countyCode\": \"640422\", \"name\"", "\"countyCode\": \"1\", \"name\"");

        assertThat(errorsOf(json)).extracting(InputError::field).containsExactlyInAnyOrder(
                "households[1].wageIncome", "households[2].housingGrade", "villages[1].countyCode");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(errorsOf(new byte[0])).containsExactly(InputError.error("test.json", null, null, null, "empty file"));
    }

    @Test
    void truncatedJsonIsRejectedWithItsLine() throws IOException {
        String json = small();
        List<InputError> errors = errorsOf(json.substring(0, json.indexOf("\"H0002\"")));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.reason()).startsWith("not valid JSON (line ");
            assertThat(error.row()).isPositive();
        });
    }

    @Test
    void malformedJsonIsRejectedWithItsLineAndColumn() {
        List<InputError> errors = errorsOf("{\"meta\": {\"assessmentYear\": 2019,,}}");

        assertThat(errors).singleElement().satisfies(error ->
                assertThat(error.reason()).startsWith("not valid JSON (line 1, column"));
    }

    @Test
    void gbkBytesAreRejectedWithAHint() throws IOException {
        byte[] gbk = small().getBytes(Charset.forName("GBK"));

        assertThat(errorsOf(gbk)).singleElement().satisfies(error ->
                assertThat(error.reason()).contains("not valid UTF-8 text (line").contains("GBK"));
    }

    @Test
    void aMissingFileIsRejected() {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> new DatasetLoader().load(folder.resolve("absent.json")));

        assertThat(e.errors()).containsExactly(InputError.error("absent.json", null, null, null, "no such file or folder"));
    }

    @Test
    void anUnknownFieldIsOnlyAWarning() throws Exception {
        Path file = folder.resolve("extra.json");
        Files.writeString(file, replace(small(), "\"province\": \"宁夏\"", "\"province\": \"宁夏\", \"colour\": \"red\""));
        DatasetLoader loader = new DatasetLoader();

        Dataset dataset = loader.load(file);

        assertThat(dataset.households()).hasSize(3);
        assertThat(loader.warnings()).singleElement().satisfies(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.field()).isEqualTo("meta.colour");
        });
    }
}
