package org.povertyexit.monitor.service;

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
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.povertyexit.monitor.dataset.FormulaGuard;
import org.povertyexit.monitor.label.Labels;
import org.springframework.http.ResponseEntity;

/**
 * A list as the offices that act on it take it: CSV (UTF-8 with BOM, for Excel) or XLSX, headers and
 * coded values in the reader's language (Chinese by default), every text cell neutralised so that no
 * value from the input runs as a formula. The columns are defined once, by the list, for both forms.
 */
public final class ExportTable<R> {

    /** A column: its header's key in the table of labels, and its cell for a row (text, or a number). */
    public record Column<R>(String header, BiFunction<R, Labels, Object> cell) {
    }

    private final String sheet;
    private final List<Column<R>> columns;

    /** {@code sheet}: the key of the workbook's sheet name in the table of labels. */
    public ExportTable(String sheet, List<Column<R>> columns) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
    }

    /** The rows as asked: JSON (the rows themselves), or a file {@code name}.csv or {@code name}.xlsx. */
    public ResponseEntity<?> answer(ExportFormat format, List<R> rows, Labels labels, String name)
            throws IOException {
        return switch (format) {
            case CSV -> Attachment.of(csv(rows, labels), Attachment.CSV, name + ".csv");
            case XLSX -> Attachment.of(xlsx(rows, labels), Attachment.XLSX, name + ".xlsx");
            case JSON -> ResponseEntity.ok(rows);
        };
    }

    public byte[] csv(List<R> rows, Labels labels) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(column -> schema.addColumn(labels.text(column.header())));
        List<List<String>> cells = new ArrayList<>();
        for (R row : rows) {
            List<String> line = new ArrayList<>();
            for (Column<R> column : columns) {
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

    public byte[] xlsx(List<R> rows, Labels labels) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            sheet(workbook, labels.text(this.sheet), rows, labels);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /** The rows as a sheet {@code name} of a workbook that may hold other sheets (one per department, say). */
    public void sheet(SXSSFWorkbook workbook, String name, List<R> rows, Labels labels) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(labels.text(columns.get(i).header()));
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (R item : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                Object value = columns.get(i).cell().apply(item, labels);
                if (value instanceof BigDecimal number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else if (value instanceof Integer count) {
                    row.createCell(i).setCellValue(count);
                } else if (value != null) {
                    row.createCell(i).setCellValue(FormulaGuard.guarded(value.toString()));
                }
            }
        }
    }
}
