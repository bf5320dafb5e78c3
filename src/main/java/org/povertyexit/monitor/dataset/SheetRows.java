package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Receives one sheet's cells from POI's streaming parser and hands on whole rows that are not blank,
 * numbered as Excel shows them (the first of them is the header).
 */
final class SheetRows implements SheetContentsHandler {

    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    /** Thrown out of the parser to stop reading a sheet that breaks Excel's own limits. */
    static final class OversizedSheet extends RuntimeException {
        OversizedSheet(String reason) {
            super(reason, null, false, false);
        }
    }

    private final RowsAhead.RowSink rows;
    private List<String> cells = new ArrayList<>();
    private int nextColumn;
    private boolean any;

    SheetRows(RowsAhead.RowSink rows) {
        this.rows = rows;
    }

    boolean anyRows() {
        return any;
    }

    @Override
    public void startRow(int rowNum) {
        if (rowNum >= MAX_ROWS) {
            throw new OversizedSheet("more than " + MAX_ROWS + " rows, Excel's limit: not a sheet Excel wrote");
        }
        cells = new ArrayList<>();
        nextColumn = 0;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? nextColumn : column(reference);
        if (column >= MAX_COLUMNS) {
            throw new OversizedSheet("a cell beyond column " + MAX_COLUMNS + ", Excel's limit");
        }
        while (cells.size() < column) {
            cells.add(null);
        }
        if (column < cells.size()) {
            cells.set(column, value);
        } else {
            cells.add(value);
        }
        nextColumn = column + 1;
    }

    @Override
    public void endRow(int rowNum) {
        if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return;
        }
        any = true;
        rows.row(rowNum + 1, cells);
    }

    /** The zero-based column of a reference such as "AB12", without POI's general (slower) parser. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
            if (column > MAX_COLUMNS) {
                return MAX_COLUMNS;
            }
        }
        return column - 1;
    }
}
