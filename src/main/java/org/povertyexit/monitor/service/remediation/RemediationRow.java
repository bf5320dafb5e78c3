package org.povertyexit.monitor.service.remediation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.povertyexit.monitor.remediation.RemediationItem;

/** A remediation item with where it is (village, county): one line of the list officials hand out. */
@JsonPropertyOrder({"level", "entityId", "head", "villageCode", "villageName", "countyCode", "countyName", "criterion",
        "severity", "department", "departmentName", "action", "actionEn", "gap", "unit"})
public record RemediationRow(String level, String entityId, String head, String villageCode, String villageName,
                             String countyCode, String countyName, String criterion, String severity,
                             String department, String departmentName, String action, String actionEn,
                             BigDecimal gap, String unit) {

    /** {@code head}: a household item's head of household, masked (null when not asked for). */
    static RemediationRow of(RemediationItem item, String head, String villageCode, String villageName,
                             String countyCode, String countyName) {
        return new RemediationRow(item.level().name(), item.entityId(), head, villageCode, villageName, countyCode,
                countyName, item.criterion(), item.severity().name(), item.department().name(),
                item.departmentName(), item.action(), item.actionEn(), item.gap(), item.unit());
    }

    /** The row naming a household item's head of household (masked). */
    RemediationRow withHead(String masked) {
        return new RemediationRow(level, entityId, masked, villageCode, villageName, countyCode, countyName, criterion,
                severity, department, departmentName, action, actionEn, gap, unit);
    }

    /** The text cells in column order (numbers apart: they are written as numbers). */
    String[] texts() {
        return new String[] {level, entityId, villageCode, countyCode, criterion, severity, department,
                departmentName, action, actionEn};
    }
}
