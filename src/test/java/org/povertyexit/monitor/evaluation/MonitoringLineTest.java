package org.povertyexit.monitor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.remediation.RemediationItem;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.report.Flag;

/**
 * M-UNSTABLE (exited) and M-EDGE (not registered): per-capita net income below (低于, strict) the
 * monitoring line, 1.5 × the poverty line = 5620.50 yuan in 2019.
 */
class MonitoringLineTest {

    private static Assessed with(String status, String income) {
        Facts facts = Facts.baseline();
        facts.household().set("status", status).set("wageIncome", income);
        return facts.assess();
    }

    @Test
    void exitedHouseholdExactlyOnTheMonitoringLineIsNotFlagged() {
        Assessed result = with("EXITED", "5620.50");

        assertThat(result.household().status()).isEqualTo(ExitStatus.STABLE);
        assertThat(result.household().monitoring()).isEmpty();
        assertThat(result.remediation("H1")).isEmpty();
    }

    @Test
    void exitedHouseholdBelowTheMonitoringLineIsUnstableButStillStable() {
        Assessed result = with("EXITED", "5620.49");

        assertThat(result.household().status()).isEqualTo(ExitStatus.STABLE);
        assertThat(result.household().failed()).isEmpty();
        assertThat(result.household().monitoring()).containsExactly("M-UNSTABLE");
        Flag flag = result.flag(result.household().flags(), "M-UNSTABLE");
        assertThat(flag.severity()).isEqualTo(Severity.MONITOR);
        assertThat(flag.threshold()).isEqualByComparingTo("5620.50");
        RemediationItem item = result.item("H1", "M-UNSTABLE");
        assertThat(item.department()).isEqualTo(Department.AGRICULTURE);
        assertThat(item.severity()).isEqualTo(Severity.MONITOR);
    }

    @Test
    void notExitedOrReturnedHouseholdsAreNotMonitoredForInstability() {
        assertThat(with("NOT_EXITED", "4000.00").household().monitoring()).isEmpty();
        assertThat(with("RETURNED", "4000.00").household().monitoring()).isEmpty();
    }

    @Test
    void nonRegisteredHouseholdBelowTheMonitoringLineIsAnEdgeHousehold() {
        Assessed result = with("NOT_REGISTERED", "5620.49");

        assertThat(result.household().status()).isEqualTo(ExitStatus.NOT_APPLICABLE);
        assertThat(result.household().monitoring()).containsExactly("M-EDGE");
        assertThat(result.item("H1", "M-EDGE").department()).isEqualTo(Department.AGRICULTURE);
    }

    @Test
    void nonRegisteredHouseholdOnTheMonitoringLineIsNotFlagged() {
        assertThat(with("NOT_REGISTERED", "5620.50").household().monitoring()).isEmpty();
    }

    @Test
    void theMonitoringLineFollowsTheFactorAndTheLine() {
        Facts facts = Facts.baseline().on("2020-12-31");
        facts.household().set("status", "EXITED").set("wageIncome", "5999.99");   // 1.5 × 4000 = 6000

        assertThat(facts.assess().household().monitoring()).containsExactly("M-UNSTABLE");
        assertThat(facts.assess(Map.of("monitoring.line_factor", "1.4")).household().monitoring()).isEmpty();
    }
}
