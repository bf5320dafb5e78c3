package org.povertyexit.monitor.evaluation;

/** Derived: the projected poor persons of a village, the numerator of its incidence. */
public record VillagePoverty(String villageCode, int projectedPoor, int registeredPopulation) {
}
