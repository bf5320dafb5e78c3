package org.povertyexit.monitor.service.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.ledger.LedgerItem;
import org.povertyexit.monitor.remediation.Department;

class LedgerRowsTest {

    @Test
    void itemsReadBackAsTheyWereKeptNullsIncluded() {
        List<LedgerItem> items = List.of(
                new LedgerItem(Level.HOUSEHOLD, "H\"1,\n", "H-INCOME", Severity.BLOCKING, Department.AGRICULTURE,
                        new BigDecimal("1234.56"), "yuan", "640422100201", "张**"),
                new LedgerItem(Level.COUNTY, "640422", "C-MISSED", Severity.BLOCKING, Department.AGRICULTURE,
                        null, null, null, null));
        LedgerRows read = LedgerRows.read(LedgerRows.compressed(LocalDate.of(2019, 9, 30), items));
        assertThat(read.assessmentDate()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(read.items()).isEqualTo(items);
    }

    @Test
    void noItemsReadBackAsNone() {
        assertThat(LedgerRows.read(LedgerRows.compressed(LocalDate.of(2019, 1, 1), List.of())).items()).isEmpty();
    }
}
