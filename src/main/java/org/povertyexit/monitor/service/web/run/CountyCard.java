package org.povertyexit.monitor.service.web.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.dataset.County;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.report.CountyReport;
import org.povertyexit.monitor.report.CountyResult;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.HouseholdResult;
import org.povertyexit.monitor.report.VillageResult;

/**
 * One county of a run as the dashboard (and the county's own page) shows it: its status, its four rates
 * against their thresholds (passed as the report says), and how many of its households and villages
 * stand where.
 */
public record CountyCard(String code, String name, ExitStatus status, List<Rate> rates,
                         Map<ExitStatus, Integer> households, Map<ExitStatus, Integer> villages, int monitored,
                         int remediationItems) {

    /** A rate, its threshold (a maximum or a minimum) and whether the county passed its criterion. */
    public record Rate(String criterion, BigDecimal value, BigDecimal threshold, boolean maximum, boolean passed) {
    }

    /**
     * The card of the county's part of the report, its thresholds from the run's effective parameters as
     * they applied in this county (its local policies, else the defaults).
     */
    public static CountyCard of(CountyReport report, County county, ParameterSet run) {
        ParameterSet parameters = run.forCounty(county.code());
        CountyResult result = report.county();
        List<Rate> rates = new ArrayList<>();
        for (CountyRate rate : CountyRate.values()) {
            String parameter = rate.parameter(county);
            rates.add(new Rate(rate.criterion(), rate.of(result),
                    parameters.has(parameter) ? parameters.value(parameter) : null, rate.maximum(),
                    !result.failed().contains(rate.criterion())));
        }
        Map<ExitStatus, Integer> households = new EnumMap<>(ExitStatus.class);
        int monitored = 0;
        for (HouseholdResult household : report.households()) {
            households.merge(household.status(), 1, Integer::sum);
            monitored += household.monitoring().isEmpty() ? 0 : 1;
        }
        Map<ExitStatus, Integer> villages = new EnumMap<>(ExitStatus.class);
        for (VillageResult village : report.villages()) {
            villages.merge(village.status(), 1, Integer::sum);
        }
        return new CountyCard(result.code(), result.name(), result.status(), rates, households, villages, monitored,
                report.remediation().size());
    }
}
