package org.povertyexit.monitor.evaluation;

/** Derived: the projected poor persons in all registered households of a county. */
public record CountyPoverty(String countyCode, int projectedPoor) {
}
