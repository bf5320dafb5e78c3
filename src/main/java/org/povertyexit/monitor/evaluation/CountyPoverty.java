package org.povertyexit.monitor.evaluation;

/**
 * Derived: the projected poor persons in all registered households of a county, and the numerator of
 * its comprehensive incidence (综合贫困发生率): those plus the survey's missed and wrongly exited persons.
 */
public record CountyPoverty(String countyCode, int projectedPoor, int comprehensivePoor) {
}
