package org.povertyexit.monitor.service.remediation;

import java.util.List;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.service.ExportTable;
import org.povertyexit.monitor.service.ExportTable.Column;

/**
 * The columns of the remediation list as an office files it: levels, criteria, departments and units in
 * the reader's language, the names of the county and village beside their codes, a household item's head
 * of household (masked).
 */
final class RemediationExport {

    static final ExportTable<RemediationRow> TABLE = new ExportTable<>("export.sheet.remediation", List.of(
            new Column<>("workbook.column.county", (row, labels) -> row.countyName()),
            new Column<>("workbook.column.county-code", (row, labels) -> row.countyCode()),
            new Column<>("workbook.column.village", (row, labels) -> row.villageName()),
            new Column<>("workbook.column.village-code", (row, labels) -> row.villageCode()),
            new Column<>("workbook.column.level", (row, labels) -> labels.level(Level.valueOf(row.level()))),
            new Column<>("workbook.column.entity", (row, labels) -> row.entityId()),
            new Column<>("workbook.column.head", (row, labels) -> row.head()),
            new Column<>("workbook.column.criterion", (row, labels) -> labels.criterion(row.criterion()) + " ("
                    + row.criterion() + ")"),
            new Column<>("workbook.column.severity", (row, labels) -> labels.severity(
                    Severity.valueOf(row.severity()))),
            new Column<>("export.column.department", (row, labels) -> labels.department(
                    Department.valueOf(row.department()))),
            new Column<>("workbook.column.action", (row, labels) -> labels.language() == Language.EN
                    && row.actionEn() != null ? row.actionEn() : row.action()),
            new Column<>("workbook.column.gap", (row, labels) -> row.gap()),
            new Column<>("workbook.column.unit", (row, labels) -> labels.unit(row.unit()))));

    private RemediationExport() {
    }
}
