package org.povertyexit.monitor.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A what-if (report-format.md, "Scenario (what-if) input"): parameter overrides and ordered changes
 * to a copy of the baseline facts. {@code source} names the input in error messages (a file name).
 */
public record Scenario(String name, String source, Map<String, BigDecimal> parameters, List<FactChange> changes) {

    public Scenario {
        parameters = Map.copyOf(parameters);
        changes = List.copyOf(changes);
    }
}
