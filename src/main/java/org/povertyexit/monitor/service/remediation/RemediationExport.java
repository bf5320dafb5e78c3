package org.povertyexit.monitor.service.remediation;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.povertyexit.monitor.dataset.FormulaGuard;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.remediation.Department;

/**
 * The remediation list as CSV (UTF-8 with BOM, for Excel) or XLSX, for the offices that act on it:
 * headers, levels, criteria, departments and units in the user's language (Chinese by default), the
 * names of the county and village beside their codes; every text cell neutralised. The columns are
 * defined once, here, for both forms.
 */
final class RemediationExport {

    /** A column: its header's key in the table of labels, and its cell for a row (text, or a number). */
    private record Column(String header, BiFunction<RemediationRow, Labels, Object> cell) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("workbook.column.county", (row, labels) -> row.countyName()),
            new Column("workbook.column.county-code", (row, labels) -> row.countyCode()),
            new Column("workbook.column.village", (row, labels) -> row.villageName()),
            new Column("workbook.column.village-code", (row, labels) -> row.villageCode()),
            new Column("workbook.column.level", (row, labels) -> labels.level(Level.valueOf(row.level()))),
            new Column("workbook.column.entity", (row, labels) -> row.entityId()),
            new Column("workbook.column.head", (row, labels) -> row.head()),
            new Column("workbook.column.criterion", (row, labels) -> labels.criterion(row.criterion()) + " ("
                    + row.criterion() + ")"),
            new Column("workbook.column.severity", (row, labels) -> labels.severity(Severity.valueOf(row.severity()))),
            new Column("export.column.department", (row, labels) -> labels.department(
                    Department.valueOf(row.department()))),
            new Column("workbook.column.action", (row, labels) -> labels.language() == Language.EN
                    && row.actionEn() != null ? row.actionEn() : row.action()),
            new Column("workbook.column.gap", (row, labels) -> row.gap()),
            new Column("workbook.column.unit", (row, labels) -> labels.unit(row.unit())));

    private RemediationExport() {
    }

    static byte[] csv(List<RemediationRow> rows, Labels labels) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(column -> schema.addColumn(labels.text(column.header())));
        List<List<String>> cells = new ArrayList<>();
        for (RemediationRow row : rows) {
            List<String> line = new ArrayList<>();
            for (Column column : COLUMNS) {
                Object value = column.cell().apply(row, labels);
                // an empty cell as "", not null, which the writer would drop and so shift the row left
                line.add(value == null ? "" : value instanceof BigDecimal number ? number.toPlainString()
                        : FormulaGuard.guarded(value.toString()));
            }
            cells.add(line);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        new CsvMapper().writer(schema.build()).writeValues(out).writeAll(cells).close();
        return out.toByteArray();
    }

    static byte[] xlsx(List<RemediationRow> rows, Labels labels) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(labels.text("export.sheet.remediation"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(labels.text(COLUMNS.get(i).header()));
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (RemediationRow item : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object value = COLUMNS.get(i).cell().apply(item, labels);
                    if (value instanceof BigDecimal number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(FormulaGuard.guarded(value.toString()));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
