package org.povertyexit.monitor.scenario;

import java.util.List;
import org.povertyexit.monitor.parameter.ParameterOverride;

/**
 * A what-if (report-format.md, "Scenario (what-if) input"): parameter overrides, in every county or in
 * some, and ordered changes to a copy of the baseline facts. {@code source} names the input in error
 * messages (a file name).
 */
public record Scenario(String name, String source, List<ParameterOverride> parameters, List<FactChange> changes) {

    public Scenario {
        parameters = List.copyOf(parameters);
        changes = List.copyOf(changes);
    }
}
