package org.povertyexit.monitor.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.povertyexit.monitor.remediation.Department;

/**
 * The ledger as it stood after one run of the series: the run, and the items open, closed and gone then,
 * per department and in all (what the page draws as open against closed over the runs).
 */
public record LedgerPoint(String runId, LocalDate assessmentDate, Instant uploadedAt,
                          Map<Department, LedgerCounts> byDepartment, LedgerCounts total) {
}
