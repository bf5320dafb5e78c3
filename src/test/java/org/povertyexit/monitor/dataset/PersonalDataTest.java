package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Personal data leaves the program masked: ID numbers keep region and last four, names the surname. */
class PersonalDataTest {

    @Test
    void idNumberKeepsTheRegionAndTheLastFour() {
        assertThat(PersonalData.maskIdNumber("640422198005011234")).isEqualTo("640422********1234");
        assertThat(PersonalData.maskIdNumber("64042219750203002X")).isEqualTo("640422********002X");
        assertThat(PersonalData.maskIdNumber(" 640422198005011234 ")).isEqualTo("640422********1234");
    }

    @Test
    void anIdNumberIsMaskedWhereverItSitsInAText() {
        assertThat(PersonalData.maskIdNumbersIn("640422198005011234")).isEqualTo("640422********1234");
        assertThat(PersonalData.maskIdNumbersIn("duplicate id 64042219750203002x (first at row 3)"))
                .isEqualTo("duplicate id 640422********002x (first at row 3)");
        assertThat(PersonalData.maskIdNumbersIn("old form 640422750203002")).isEqualTo("old form 640422*****3002");
        // an amount, a 16-digit or a 60-digit number is no ID number
        assertThat(PersonalData.maskIdNumbersIn("12000.50 and 1234567890123456 and " + "1".repeat(60)))
                .isEqualTo("12000.50 and 1234567890123456 and " + "1".repeat(60));
        assertThat(PersonalData.maskIdNumbersIn(null)).isNull();
    }

    @Test
    void shortIdNumbersAreMaskedWhole() {
        assertThat(PersonalData.maskIdNumber("1234567890")).isEqualTo("**********");
        assertThat(PersonalData.maskIdNumber("12345")).isEqualTo("*****");
    }

    @Test
    void missingValuesStayMissing() {
        assertThat(PersonalData.maskIdNumber(null)).isNull();
        assertThat(PersonalData.maskIdNumber("")).isEmpty();
        assertThat(PersonalData.maskName(null)).isNull();
    }

    @Test
    void namesKeepTheFirstCharacterOnly() {
        assertThat(PersonalData.maskName("张三丰")).isEqualTo("张**");
        assertThat(PersonalData.maskName("马德明 ")).isEqualTo("马**");
        assertThat(PersonalData.maskName("李")).isEqualTo("李");
        // a character outside the basic plane counts once
        assertThat(PersonalData.maskName("𠀋一")).isEqualTo("𠀋*");
    }

    @Test
    void aValueThatLooksLikeANameIsMaskedWhateverItsField() {
        assertThat(PersonalData.maskNameLike("马建国")).isEqualTo("马**");
        assertThat(PersonalData.maskNameLike("阿依古丽·买买提")).isEqualTo("阿*******");
        // not a name: one character, Latin text, numbers, a long phrase
        assertThat(PersonalData.maskNameLike("否")).isEqualTo("否");
        assertThat(PersonalData.maskNameLike("NOT_IN_SCHOOL")).isEqualTo("NOT_IN_SCHOOL");
        assertThat(PersonalData.maskNameLike("4000")).isEqualTo("4000");
        assertThat(PersonalData.maskNameLike("宁夏回族自治区固原市西吉县")).isEqualTo("宁夏回族自治区固原市西吉县");
        assertThat(PersonalData.maskNameLike(null)).isNull();
    }

    @Test
    void aMaskedMemberKeepsEverythingElse() {
        Member member = new Member("P1", "H1", "马德明", "640422198005011234", "户主", LocalDate.of(1980, 5, 1),
                Schooling.NOT_IN_SCHOOL, false, Health.HEALTHY, Labour.NORMAL, true, true);

        Member masked = PersonalData.masked(member);

        assertThat(masked.name()).isEqualTo("马**");
        assertThat(masked.idNumber()).isEqualTo("640422********1234");
        assertThat(masked).usingRecursiveComparison().ignoringFields("name", "idNumber").isEqualTo(member);
        assertThat(masked.toString()).doesNotContain("198005011234").doesNotContain("德明");
    }
}
