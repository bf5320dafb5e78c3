package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-capita net income of criteria.md: components minus expense, ÷ members, half-up to 0.01. */
class HouseholdIncomeArithmeticTest {

    private static Household household(String wage, String business, String expense, int members) {
        List<Member> people = java.util.stream.IntStream.range(0, members)
                .mapToObj(i -> new Member("P" + i, "H", null, null, null, LocalDate.of(1980, 1, 1),
                        Schooling.NOT_IN_SCHOOL, false, Health.HEALTHY, Labour.NORMAL, true, true))
                .toList();
        return new Household("H", "V", RegistrationStatus.NOT_EXITED, null, null, new BigDecimal(wage),
                new BigDecimal(business), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(expense), null, true, true,
                HousingGrade.A, false, false, BigDecimal.TEN, true, BigDecimal.ZERO, 0, true, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, people);
    }

    @Test
    void roundsHalfUpToTheCent() {
        assertThat(household("10000.00", "0", "0", 3).perCapitaNetIncome()).isEqualByComparingTo("3333.33");
        assertThat(household("10000.01", "0", "0", 2).perCapitaNetIncome()).isEqualByComparingTo("5000.01");
        assertThat(household("0.05", "0", "0", 2).perCapitaNetIncome()).isEqualByComparingTo("0.03");
    }

    @Test
    void negativeIncomeRoundsAwayFromZero() {
        assertThat(household("0", "-0.05", "0", 2).perCapitaNetIncome()).isEqualByComparingTo("-0.03");
        assertThat(household("100", "0", "200.00", 3).perCapitaNetIncome()).isEqualByComparingTo("-33.33");
    }

    @Test
    void householdNetIncomeUsesTheRoundedPerCapitaValue() {
        assertThat(household("10000.00", "0", "0", 3).roundedNetIncome()).isEqualByComparingTo("9999.99");
    }

    @Test
    void workingMemberDecidesWhoOwnsIncomeSupport() {
        assertThat(household("1", "0", "0", 1).hasWorkingMember()).isTrue();
    }
}
