package org.povertyexit.monitor.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.povertyexit.monitor.dataset.FormulaGuard;

/**
 * One table of the report workbook: a bold header row, frozen, filtered and repeated on every printed page,
 * then its rows, cell after cell. A table longer than a sheet can hold goes on in a further sheet named
 * "户 (2)", its header repeated there, so a province of any size can be filed.
 */
final class WorkbookTable {

    /** A column: its header and its width in characters (a Chinese character counts two). */
    record Column(String header, int width) {
    }

    /** The cell styles of one workbook, made once: a workbook holds a limited number of styles. */
    record Styles(SXSSFWorkbook workbook, CellStyle header, CellStyle bold, CellStyle percent, CellStyle amount) {

        static Styles of(SXSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            return new Styles(workbook, header, bold, format(workbook, "0.0%"), format(workbook, "#,##0.00"));
        }

        private static CellStyle format(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }

    /** The units of {@link org.apache.poi.ss.usermodel.Sheet#setColumnWidth}: 1/256 of a character. */
    private static final int WIDTH_UNITS = 256;
    /** Excel's longest sheet name. */
    private static final int SHEET_NAME_MAX = 31;

    /** A sheet of the table and the row of its header (below the preamble on the first). */
    private record Part(SXSSFSheet sheet, int headerRow) {
    }

    private final Styles styles;
    private final String name;
    private final List<Column> columns;
    private final int maxRows;
    private final List<Part> parts = new ArrayList<>();
    private SXSSFSheet sheet;
    private int nextRow;
    private int lastDataRow;

    /**
     * A table whose first sheet begins with {@code preamble} (rows of texts, the first in bold: a title),
     * its header below; {@code maxRows} rows at most on a sheet.
     */
    WorkbookTable(Styles styles, String name, List<Column> columns, List<List<String>> preamble, int maxRows) {
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        startSheet(preamble);
    }

    /** The next row of data, on a further sheet when this one is full. */
    Line line() {
        if (nextRow >= maxRows) {
            startSheet(List.of());
        }
        lastDataRow = nextRow;
        return new Line(sheet.createRow(nextRow++));
    }

    /** A row below the data (a totals row): outside the filter, so that filtering never hides it. */
    Line footer() {
        Line footer = new Line(sheet.createRow(nextRow++));
        footer.style = styles.bold();
        return footer;
    }

    /** Filters each sheet over its header and rows; the names of its sheets, in order. */
    List<String> finish() {
        for (Part part : parts) {
            int last = part.sheet() == sheet ? lastDataRow : maxRows - 1;
            part.sheet().setAutoFilter(new CellRangeAddress(part.headerRow(), last, 0, columns.size() - 1));
        }
        return parts.stream().map(part -> part.sheet().getSheetName()).toList();
    }

    private void startSheet(List<List<String>> preamble) {
        sheet = styles.workbook().createSheet(freeName());
        nextRow = 0;
        for (List<String> texts : preamble) {
            Line line = new Line(sheet.createRow(nextRow++));
            line.style = nextRow == 1 ? styles.bold() : null;
            texts.forEach(line::text);
        }
        int headerRow = nextRow++;
        parts.add(new Part(sheet, headerRow));
        lastDataRow = headerRow;
        Row header = sheet.createRow(headerRow);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, columns.get(i).width() * WIDTH_UNITS);
        }
        // the header stays in view when scrolling and is printed atop every page
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        // all columns on the width of a page, as many pages down as the rows need
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** The table's name, or the first "name (n)" no sheet has yet; within Excel's rules for sheet names. */
    private String freeName() {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int n = 2; styles.workbook().getSheet(candidate) != null; n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        return candidate;
    }

    /** A row being written, cell after cell; a missing value leaves its cell blank. */
    final class Line {
        private final Row row;
        private int column;
        private CellStyle style;

        private Line(Row row) {
            this.row = row;
        }

        /** Text, guarded: any text may come from the input, and must never run as a formula. */
        Line text(String value) {
            if (value != null && !value.isEmpty()) {
                cell(null).setCellValue(FormulaGuard.guarded(value));
            } else {
                column++;
            }
            return this;
        }

        Line count(long value) {
            cell(null).setCellValue(value);
            return this;
        }

        Line number(BigDecimal value) {
            return decimal(value, null);
        }

        /** An amount of money: #,##0.00. */
        Line amount(BigDecimal value) {
            return decimal(value, styles.amount());
        }

        /** A rate as a percentage, 0.0%; blank when there is none (no sample). */
        Line percent(BigDecimal value) {
            return decimal(value, styles.percent());
        }

        private Line decimal(BigDecimal value, CellStyle format) {
            if (value == null) {
                column++;
            } else {
                cell(format).setCellValue(value.doubleValue());
            }
            return this;
        }

        private Cell cell(CellStyle format) {
            Cell cell = row.createCell(column++);
            CellStyle chosen = format != null ? format : style;
            if (chosen != null) {
                cell.setCellStyle(chosen);
            }
            return cell;
        }
    }
}
