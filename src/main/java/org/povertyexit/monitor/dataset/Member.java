package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** A household member (人). {@code name} and {@code idNumber} are personal data: see {@link PersonalData}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Member(
        String id,
        String householdId,
        String name,
        String idNumber,
        String relation,
        LocalDate birthDate,
        Schooling schooling,
        boolean schoolExemptHealth,
        Health health,
        Labour labour,
        boolean basicMedicalInsurance,
        boolean seriousIllnessInsurance) {

    /**
     * Whole years completed on {@code date}. {@link Period} counts a 29 February birthday as reached
     * on 1 March in other years, as criteria.md requires.
     */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public boolean canWork() {
        return labour == Labour.NORMAL || labour == Labour.SKILLED;
    }

    public boolean fullyInsured() {
        return basicMedicalInsurance && seriousIllnessInsurance;
    }

    /**
     * By id alone, which equal records share: the rule engine keys each fact reached with {@code from} by
     * its hash, and hashing every field (decimals, dates, a household's members) cost more than the rule.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
