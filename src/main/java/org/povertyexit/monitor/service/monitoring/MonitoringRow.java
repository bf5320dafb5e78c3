package org.povertyexit.monitor.service.monitoring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Flag;
import org.povertyexit.monitor.report.HouseholdResult;

/**
 * A household under a monitoring flag (返贫监测), where it is, and what the flag measured against its
 * threshold: one line of the queue an office follows up. A household with two flags is two lines.
 */
@JsonPropertyOrder({"flag", "householdId", "head", "villageCode", "villageName", "countyCode", "countyName",
        "status", "perCapitaNetIncome", "measured", "threshold"})
public record MonitoringRow(String flag, String householdId, String head, String villageCode, String villageName,
                            String countyCode, String countyName, ExitStatus status, BigDecimal perCapitaNetIncome,
                            BigDecimal measured, BigDecimal threshold) {

    /** {@code flag}: the household's raised flag (null when the report kept no figures for it). */
    static MonitoringRow of(String code, Flag flag, HouseholdResult household, String countyCode,
                            String countyName) {
        return new MonitoringRow(code, household.id(), null, household.villageCode(), household.villageName(),
                countyCode, countyName, household.status(), household.perCapitaNetIncome(),
                flag == null ? null : flag.measured(), flag == null ? null : flag.threshold());
    }

    /** The row naming the household's head (masked), for an export. */
    MonitoringRow withHead(String masked) {
        return new MonitoringRow(flag, householdId, masked, villageCode, villageName, countyCode, countyName, status,
                perCapitaNetIncome, measured, threshold);
    }
}
