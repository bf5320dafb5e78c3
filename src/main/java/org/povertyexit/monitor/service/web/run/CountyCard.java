package org.povertyexit.monitor.service.web.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.report.ExitStatus;

/**
 * One county of a run as the dashboard shows it: its status, its four rates against their thresholds
 * (passed as the report says), and how many of its households and villages stand where.
 */
record CountyCard(String code, String name, ExitStatus status, List<Rate> rates,
                  Map<ExitStatus, Integer> households, Map<ExitStatus, Integer> villages, int monitored,
                  int remediationItems) {

    /** A rate, its threshold (a maximum or a minimum) and whether the county passed its criterion. */
    record Rate(String criterion, BigDecimal value, BigDecimal threshold, boolean maximum, boolean passed) {
    }
}
