package org.povertyexit.monitor.evaluation;

/** Derived: a registered household that fails an exit criterion; its members count as projected poor. */
public record ProjectedPoor(String householdId, String villageCode, String countyCode, int persons) {
}
