package org.povertyexit.monitor.evaluation;

import java.time.LocalDate;

/** The assessment date as a fact: ages and parameters are taken on it. */
public record Assessment(int year, LocalDate date) {
}
