package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.Period;

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
}
