package org.povertyexit.monitor.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The XLSX form, streamed with SXSSF: only a window of rows per sheet is in memory, the rest goes to
 * compressed temporary files, and strings are written inline (no shared-strings table to hold).
 * Amounts, counts and dates are real numeric cells (dates formatted YYYY-MM-DD), booleans boolean cells;
 * text that a spreadsheet would take for a formula is marked "quote prefixed" (Excel's own way of
 * saying "this is text"), which guards it without changing the value.
 */
public final class XlsxDatasetWriter extends TableDatasetWriter {

    /** Excel keeps 15 significant digits; a longer amount is written as text so that it stays exact. */
    private static final int EXACT_DIGITS = 15;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final Path out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false);
    private final Map<EntitySchema, SXSSFSheet> sheets = new IdentityHashMap<>();
    private final CellStyle dateStyle;
    private final CellStyle textStyle;

    public XlsxDatasetWriter(Path out) throws IOException {
        this(out, HeaderLanguage.EN);
    }

    public XlsxDatasetWriter(Path out, HeaderLanguage headers) throws IOException {
        super(headers);
        this.out = out;
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        textStyle = workbook.createCellStyle();
        textStyle.setQuotePrefixed(true);
        for (EntitySchema schema : DatasetSchema.ALL) {
            SXSSFSheet sheet = workbook.createSheet(headers.sheet(schema));
            sheets.put(schema, sheet);
            Row header = sheet.createRow(0);
            String[] names = headerRow(schema);
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
        }
    }

    @Override
    protected void row(EntitySchema schema, Object[] values) throws IOException {
        SXSSFSheet sheet = sheets.get(schema);
        int index = sheet.getLastRowNum() + 1;
        if (index >= MAX_ROWS) {
            throw new IOException("more " + schema.name() + " than one sheet can hold (Excel's limit is "
                    + MAX_ROWS + " rows including the header): use the CSV form");
        }
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                fill(row.createCell(i), values[i]);
            }
        }
    }

    private void fill(Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
            if (FormulaGuard.needsGuard(text)) {
                cell.setCellStyle(textStyle);
            }
        } else if (value instanceof BigDecimal decimal) {
            if (decimal.precision() <= EXACT_DIGITS) {
                cell.setCellValue(decimal.doubleValue());
            } else {
                cell.setCellValue(decimal.toPlainString());
            }
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Enum<?> constant) {
            cell.setCellValue(constant.name());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    @Override
    public void close() throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            workbook.write(stream);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
