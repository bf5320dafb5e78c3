package org.povertyexit.monitor.report;

import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.remediation.RemediationItem;

/** The evaluation report of report-format.md. */
public record Report(RunInfo run, Map<String, Map<ExitStatus, Integer>> summary, List<HouseholdResult> households,
                     List<VillageResult> villages, List<CountyResult> counties, List<RemediationItem> remediation) {
}
