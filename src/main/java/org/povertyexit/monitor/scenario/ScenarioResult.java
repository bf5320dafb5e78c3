package org.povertyexit.monitor.scenario;

import org.povertyexit.monitor.report.Report;

/** The scenario result document: {@code {"baseline": REPORT, "scenario": REPORT, "diff": DIFF}}. */
public record ScenarioResult(Report baseline, Report scenario, ScenarioDiff diff) {
}
