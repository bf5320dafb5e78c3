package org.povertyexit.monitor.service.monitoring;

import java.util.List;
import org.povertyexit.monitor.service.ExportTable;
import org.povertyexit.monitor.service.ExportTable.Column;

/**
 * The columns of the monitoring queue as an office files it: each household under a flag, where it is,
 * its head (masked), its status and income, the flag in the reader's language and what it measured.
 */
final class MonitoringExport {

    static final ExportTable<MonitoringRow> TABLE = new ExportTable<>("export.sheet.monitoring", List.of(
            new Column<>("workbook.column.county", (row, labels) -> row.countyName()),
            new Column<>("workbook.column.county-code", (row, labels) -> row.countyCode()),
            new Column<>("workbook.column.village", (row, labels) -> row.villageName()),
            new Column<>("workbook.column.village-code", (row, labels) -> row.villageCode()),
            new Column<>("workbook.column.household", (row, labels) -> row.householdId()),
            new Column<>("workbook.column.head", (row, labels) -> row.head()),
            new Column<>("workbook.column.status", (row, labels) -> labels.status(row.status())),
            new Column<>("workbook.column.income", (row, labels) -> row.perCapitaNetIncome()),
            new Column<>("workbook.column.monitoring", (row, labels) -> labels.criterion(row.flag()) + " ("
                    + row.flag() + ")"),
            new Column<>("export.column.measured", (row, labels) -> row.measured()),
            new Column<>("export.column.threshold", (row, labels) -> row.threshold())));

    private MonitoringExport() {
    }
}
