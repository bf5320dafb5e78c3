package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field and cross-field checks of data-format.md on the JSON form, each with its located error. */
class DatasetChecksTest {

    private static String small() throws IOException {
        return Files.readString(JsonDatasetLoadingTest.SMALL);
    }

    private static Dataset load(String json) throws Exception {
        return new DatasetLoader().loadJson("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<InputError> errorsOf(String json) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> load(json));
        assertThat(e).as("the input should be rejected").isNotNull();
        return e.errors();
    }

    private static String replace(String text, String what, String with) {
        assertThat(text).contains(what);
        return text.replace(what, with);
    }

    @Test
    void theAssessmentDateDefaultsToTheLastDayOfTheYear() throws Exception {
        Dataset dataset = load(replace(small(), "\"assessmentDate\": \"2019-12-31\", ", ""));

        assertThat(dataset.meta().effectiveAssessmentDate()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void anAssessmentDateOutsideTheYearIsRejected() throws IOException {
        assertThat(errorsOf(replace(small(), "\"assessmentDate\": \"2019-12-31\"", "\"assessmentDate\": \"2020-01-01\"")))
                .containsExactly(InputError.error("t.json", null, "meta.assessmentDate", "2020-01-01",
                        "not within the assessment year 2019"));
    }

    @Test
    void aBirthAfterTheAssessmentDateIsRejected() throws IOException {
        assertThat(errorsOf(replace(small(), "\"birthDate\": \"1990-07-07\"", "\"birthDate\": \"2020-01-01\"")))
                .containsExactly(InputError.error("t.json", null, "households[2].members[0].birthDate", "2020-01-01",
                        "after the assessment date 2019-12-31").about("P0004"));
    }

    @Test
    void moreWrongExitsThanSampledIsRejected() throws IOException {
        assertThat(errorsOf(replace(small(), "\"wrongExitPersons\": 1", "\"wrongExitPersons\": 101")))
                .containsExactly(InputError.error("t.json", null, "counties[0].wrongExitPersons", "101",
                        "greater than sampledExitedPersons (100)").about("640422"));
    }

    @Test
    void aMissingRequiredValueIsRejected() throws IOException {
        assertThat(errorsOf(replace(small(), "\"foodSecure\": true, \"clothingSecure\": true, \"housingGrade\": \"A\"",
                "\"clothingSecure\": true, \"housingGrade\": \"A\"")))
                .containsExactly(InputError.error("t.json", null, "households[2].foodSecure", null,
                        "required value missing").about("H0003"));
    }

    @Test
    void moneyWithMoreThanTwoDecimalsIsRejected() throws IOException {
        List<InputError> errors = errorsOf(replace(small(), "\"collectiveIncome\": 52000.00",
                "\"collectiveIncome\": 52000.005"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("villages[0].collectiveIncome");
            assertThat(error.value()).isEqualTo("52000.005");
            assertThat(error.reason()).isEqualTo("money has more than two decimals");
        });
    }

    @Test
    void aNegativeWageIsRejectedButABusinessLossIsNot() throws Exception {
        List<InputError> errors = errorsOf(replace(small(), "\"wageIncome\": 5000", "\"wageIncome\": -1"));
        Dataset loss = load(replace(small(), "\"businessIncome\": 1200.50", "\"businessIncome\": -1200.50"));

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("households[2].wageIncome"));
        assertThat(loss.households().get(0).businessIncome()).isEqualByComparingTo("-1200.50");
    }

    @Test
    void booleansAcceptChineseAndNumericForms() throws Exception {
        Dataset dataset = load(replace(replace(small(), "\"povertyVillage\": false", "\"povertyVillage\": \"否\""),
                "\"povertyVillage\": true", "\"povertyVillage\": 1"));

        assertThat(dataset.villages()).extracting(Village::povertyVillage).containsExactly(true, false);
    }

    /**
     * Checks run as records arrive; a reference to a record not yet read, or a birth date read before the
     * meta record, is decided at the end. The errors, and their order, do not depend on section order.
     */
    @Test
    void sectionsInAnyOrderGiveTheSameErrorsInTheSameOrder() throws Exception {
        String broken = replace(replace(replace(small(), "\"birthDate\": \"1990-07-07\"", "\"birthDate\": \"2020-01-01\""),
                "\"id\": \"H0003\", \"villageCode\": \"640422100202\"", "\"id\": \"H0003\", \"villageCode\": \"640422999999\""),
                "\"id\": \"P0003\"", "\"id\": \"P0001\"");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var sections = json.readTree(broken);
        var reversed = json.createObjectNode();
        for (String section : List.of("households", "villages", "counties", "meta")) {
            reversed.set(section, sections.get(section));
        }

        List<InputError> inOrder = errorsOf(broken);
        List<InputError> reversedOrder = errorsOf(json.writeValueAsString(reversed));

        assertThat(inOrder).extracting(InputError::reason).containsExactly(
                "duplicate id (first at households[0].members[0])", "no village has this code",
                "after the assessment date 2019-12-31");
        assertThat(reversedOrder).isEqualTo(inOrder);
    }
}
