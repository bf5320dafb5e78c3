package org.povertyexit.monitor.ledger;

import java.time.LocalDate;

/** A run of the series as an entry names it: the run's id and the date it assessed. */
public record RunRef(String runId, LocalDate assessmentDate) {
}
