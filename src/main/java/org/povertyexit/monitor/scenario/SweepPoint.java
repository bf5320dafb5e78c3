package org.povertyexit.monitor.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Map;
import org.povertyexit.monitor.report.ExitStatus;

/** One value of a swept parameter: entities per status per level, remediation gap per criterion. */
public record SweepPoint(BigDecimal value, Map<String, Map<ExitStatus, Integer>> counts,
                         Map<String, BigDecimal> remediationGap, @JsonIgnore Map<String, String> gapUnits) {
}
