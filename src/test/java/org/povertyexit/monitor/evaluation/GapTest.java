package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GapTest {

    @Test
    void incomeGapLiftsEveryMemberOneCentAboveTheLine() {
        assertThat(Gap.income(new BigDecimal("3747"), new BigDecimal("3747.00"), 3)).isEqualByComparingTo("0.03");
        assertThat(Gap.income(new BigDecimal("3747"), new BigDecimal("-100.50"), 2)).isEqualByComparingTo("7695.02");
    }

    @Test
    void aLineWithMoreThanTwoDecimalsRoundsTheGapUpToTheCent() {
        assertThat(Gap.income(new BigDecimal("3747.005"), new BigDecimal("3747.00"), 1)).isEqualByComparingTo("0.02");
    }

    @Test
    void personsToLiftLeaveTheLargestCountThatStaysBelowTheMaximum() {
        // 3% of 1000 is 30: 29 poor pass, so 31 poor need 2 lifted
        assertThat(Gap.personsToLift(31, new BigDecimal("0.03"), 1000)).isEqualTo(2);
        // 3% of 1010 is 30.3: 30 poor pass
        assertThat(Gap.personsToLift(31, new BigDecimal("0.03"), 1010)).isEqualTo(1);
        assertThat(Gap.personsToLift(10, new BigDecimal("0.03"), 1000)).isZero();
    }
}
