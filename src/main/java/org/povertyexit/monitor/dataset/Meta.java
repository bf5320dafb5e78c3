package org.povertyexit.monitor.dataset;

import java.time.LocalDate;

/** The dataset's header: which year is assessed and on what date ages and parameters are taken. */
public record Meta(int assessmentYear, LocalDate assessmentDate, String province) {

    /** The date the criteria are evaluated on: the given date, else 31 December of the year. */
    public LocalDate effectiveAssessmentDate() {
        return assessmentDate != null ? assessmentDate : LocalDate.of(assessmentYear, 12, 31);
    }
}
