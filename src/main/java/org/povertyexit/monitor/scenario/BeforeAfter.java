package org.povertyexit.monitor.scenario;

/** One quantity in the baseline and in the scenario: {@code {"baseline": 10, "scenario": 14}}. */
public record BeforeAfter<T>(T baseline, T scenario) {
}
