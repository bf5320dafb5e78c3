package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.ExitStatus;

/**
 * H-EDUCATION: no member aged 6..15 (completed years on the assessment date, inclusive) is
 * NOT_IN_SCHOOL unless exempt for health. Assessment date 2019-12-31 unless stated.
 */
class EducationTest {

    @Test
    void childInSchoolPasses() {
        Facts facts = Facts.baseline();
        facts.addChild("2010-03-01", "PRIMARY");

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void childOutOfSchoolFailsWithOneChildToReturn() {
        Facts facts = Facts.baseline();
        facts.addChild("2010-03-01", "NOT_IN_SCHOOL");

        Assessed result = facts.assess();

        assertThat(result.household().status()).isEqualTo(ExitStatus.NOT_READY);
        assertThat(result.household().failed()).containsExactly("H-EDUCATION");
        RemediationItem item = result.item("H1", "H-EDUCATION");
        assertThat(item.department()).isEqualTo(Department.EDUCATION);
        assertThat(item.gap()).isEqualByComparingTo("1");
        assertThat(item.unit()).isEqualTo("children");
    }

    @Test
    void gapCountsEveryChildOutOfSchool() {
        Facts facts = Facts.baseline();
        facts.addChild("2010-03-01", "NOT_IN_SCHOOL");
        facts.addChild("2008-03-01", "NOT_IN_SCHOOL");
        facts.addChild("2012-03-01", "PRIMARY");

        assertThat(facts.assess().item("H1", "H-EDUCATION").gap()).isEqualByComparingTo("2");
    }

    @Test
    void sixthBirthdayOnTheAssessmentDateCounts() {
        Facts facts = Facts.baseline();
        facts.addChild("2013-12-31", "NOT_IN_SCHOOL");   // 6 on 2019-12-31

        assertThat(facts.assess().household().failed()).containsExactly("H-EDUCATION");
    }

    @Test
    void fiveYearOldDoesNotCount() {
        Facts facts = Facts.baseline();
        facts.addChild("2014-01-01", "NOT_IN_SCHOOL");   // 6 only tomorrow

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void fifteenYearOldCounts() {
        Facts facts = Facts.baseline();
        facts.addChild("2004-01-01", "NOT_IN_SCHOOL");   // 15 on 2019-12-31, 16 tomorrow

        assertThat(facts.assess().household().failed()).containsExactly("H-EDUCATION");
    }

    @Test
    void sixteenthBirthdayOnTheAssessmentDateNoLongerCounts() {
        Facts facts = Facts.baseline();
        facts.addChild("2003-12-31", "NOT_IN_SCHOOL");   // 16 on 2019-12-31

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void twentyNinthOfFebruaryBirthdayIsReachedOnFirstMarch() {
        Facts beforeBirthday = Facts.baseline().on("2018-02-28");
        beforeBirthday.addChild("2012-02-29", "NOT_IN_SCHOOL");   // still 5
        Facts onBirthday = Facts.baseline().on("2018-03-01");
        onBirthday.addChild("2012-02-29", "NOT_IN_SCHOOL");       // 6

        assertThat(beforeBirthday.assess().household().failed()).isEmpty();
        assertThat(onBirthday.assess().household().failed()).containsExactly("H-EDUCATION");
    }

    @Test
    void twentyNinthOfFebruaryBirthdayInALeapYearIsReachedThatDay() {
        Facts sixteenToday = Facts.baseline().on("2020-02-29");
        sixteenToday.addChild("2004-02-29", "NOT_IN_SCHOOL");
        Facts stillFifteen = Facts.baseline().on("2020-02-28");
        stillFifteen.addChild("2004-02-29", "NOT_IN_SCHOOL");

        assertThat(sixteenToday.assess().household().failed()).isEmpty();
        assertThat(stillFifteen.assess().household().failed()).containsExactly("H-EDUCATION");
    }

    @Test
    void childExemptForHealthPasses() {
        Facts facts = Facts.baseline();
        facts.addChild("2010-03-01", "NOT_IN_SCHOOL").set("schoolExemptHealth", true).set("health", "DISABLED");

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void anyFormOfSchoolingCounts() {
        Facts facts = Facts.baseline();
        facts.addChild("2013-06-01", "PRESCHOOL");
        facts.addChild("2004-06-01", "VOCATIONAL");

        assertThat(facts.assess().household().failed()).isEmpty();
    }

    @Test
    void overriddenAgeRangeApplies() {
        Facts facts = Facts.baseline();
        facts.addChild("2002-06-01", "NOT_IN_SCHOOL");   // 17

        assertThat(facts.assess().household().failed()).isEmpty();
        assertThat(facts.assess(java.util.Map.of("household.school_age_max", "17")).household().failed())
                .containsExactly("H-EDUCATION");
    }
}
