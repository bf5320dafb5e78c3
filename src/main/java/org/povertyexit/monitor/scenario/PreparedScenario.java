package org.povertyexit.monitor.scenario;

import org.povertyexit.monitor.dataset.Dataset;
import org.povertyexit.monitor.parameter.ParameterSet;

/** A scenario checked and applied: its facts and its parameter values, ready to evaluate. */
public record PreparedScenario(Scenario scenario, Dataset facts, ParameterSet parameters) {
}
