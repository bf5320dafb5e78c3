package org.povertyexit.monitor.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;

/**
 * One item of the ledger (整改台账): its key, the department that owns it (as last listed), where it stands
 * in the latest run, when it was first and last listed, the run that closed it, in how many runs it was
 * listed, and its gap when first and when last listed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntry(Level level, String entityId, String criterion, Severity severity, Department department,
                          ItemStatus status, RunRef firstSeen, RunRef lastSeen, RunRef closedIn, int runsOpen,
                          BigDecimal firstGap, BigDecimal latestGap, String unit, String villageCode, String head,
                          boolean newInLatest) {

    @JsonIgnore
    public ItemKey key() {
        return new ItemKey(level, entityId, criterion);
    }
}
