package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One table of the CSV or XLSX form (a CSV file or a sheet) of one entity kind: its header row is
 * resolved against the entity's fields (English names or Chinese labels), and each further row
 * becomes a {@link RawRecord} of text values for the {@link DatasetAssembler}. Rows are numbered as a
 * spreadsheet shows them, the header being row 1.
 */
final class EntityTable {

    /** Excel's limit for one cell; longer text is no field of data-format.md, more likely junk. */
    static final int MAX_CELL_CHARS = 32_767;

    private final String file;
    private final EntitySchema schema;
    private final DatasetAssembler assembler;
    /** CSV: every row must have the header's width, and text exported with {@link FormulaGuard} is restored. */
    private final boolean csv;
    /**
     * CSV: the reason given for bytes that are not UTF-8, which the decoder turned into U+FFFD. The first
     * such cell of a file is reported (with its row and field); the rest of the file is still read, so
     * that its ids, usually plain ASCII, keep the cross checks meaningful.
     */
    private final String undecodable;
    private boolean reportedUndecodable;
    private List<String> headers;
    private List<FieldSpec> columns;
    /** Each column's position among the schema's fields (-1 for a column of no field). */
    private int[] positions;
    private boolean warnedHeaderless;

    /** A sheet of a workbook. */
    EntityTable(String file, EntitySchema schema, DatasetAssembler assembler) {
        this(file, schema, assembler, false, null);
    }

    /** A CSV file; {@code undecodable} is the reason for text that did not decode as UTF-8. */
    EntityTable(String file, EntitySchema schema, DatasetAssembler assembler, String undecodable) {
        this(file, schema, assembler, true, undecodable);
    }

    private EntityTable(String file, EntitySchema schema, DatasetAssembler assembler, boolean csv,
                        String undecodable) {
        this.file = file;
        this.schema = schema;
        this.assembler = assembler;
        this.csv = csv;
        this.undecodable = undecodable;
    }

    boolean hasHeader() {
        return columns != null;
    }

    /** The header row; a blank one leaves the table without columns, and the reader stops there. */
    void header(List<String> cells) {
        if (lastNonBlank(cells) < 0) {
            unreadable("the header row is empty");
            return;
        }
        if (csv && cells.stream().anyMatch(EntityTable::undecoded)) {
            assembler.problem(InputError.error(file, 1, null, String.join(",", cells), undecodable));
            assembler.unreadable(schema);
            return;
        }
        headers = new ArrayList<>(cells.size());
        cells.forEach(cell -> headers.add(cell == null ? "" : cell.strip()));
        List<InputError> problems = new ArrayList<>();
        columns = schema.resolveHeaders(file, headers, problems);
        positions = columns.stream().mapToInt(field -> field == null ? -1 : schema.fields().indexOf(field)).toArray();
        // a column without a header (a trailing comma, an empty cell) is ignored; its values are warned about once
        problems.removeIf(problem -> !problem.isError() && problem.field() != null && problem.field().isEmpty());
        problems.forEach(assembler::problem);
        Set<String> present = new HashSet<>();
        columns.forEach(field -> {
            if (field != null) {
                present.add(field.name());
            }
        });
        Set<String> absent = new HashSet<>();
        schema.fields().stream().filter(field -> field.required() && !present.contains(field.name()))
                .forEach(field -> absent.add(field.name()));
        if (!absent.isEmpty()) {
            assembler.columnsAbsent(schema, absent);
        }
    }

    /** A data row; {@code cells} by column, null where a cell is missing. Entirely blank rows are skipped. */
    void row(int row, List<String> cells) {
        int width = lastNonBlank(cells) + 1;
        if (width == 0) {
            return;
        }
        if (csv && cells.size() != columns.size() && (cells.size() < columns.size() || width > columns.size())) {
            assembler.problem(InputError.error(file, row, null, null, "the row has " + cells.size()
                    + " values but the header has " + columns.size() + " columns"
                    + (cells.size() < columns.size() ? " (the row is cut short: truncated file?)" : "")));
            return;
        }
        FieldValues values = new FieldValues(schema);
        RawRecord record = new RawRecord(file, row, null, values);
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            FieldSpec field = column < columns.size() ? columns.get(column) : null;
            if (csv && field != null && !reportedUndecodable && undecoded(cell)) {
                reportedUndecodable = true;
                assembler.problem(record.error(field.name(), schema.shown(field, cell), undecodable));
            }
            if (field == null) {
                warnHeaderless(column, row); // a named unknown column was warned about at the header
            } else if (cell.length() > MAX_CELL_CHARS) {
                assembler.problem(record.error(field.name(), schema.shown(field, cell),
                        "longer than " + MAX_CELL_CHARS + " characters"));
            } else {
                boolean guarded = csv && field.type() == FieldType.TEXT;
                values.set(positions[column], guarded ? FormulaGuard.restored(cell) : cell);
            }
        }
        assembler.accept(schema, record);
    }

    private void warnHeaderless(int column, int row) {
        boolean headerless = column >= headers.size() || headers.get(column).isEmpty();
        if (headerless && !warnedHeaderless) {
            warnedHeaderless = true;
            assembler.problem(InputError.warning(file, row, null, null,
                    "values in a column without a header (column " + (column + 1) + "), ignored"));
        }
    }

    /** A table with no header row at all is empty, whatever its form. */
    void finish(String emptyReason, boolean anyRows) {
        if (!anyRows) {
            unreadable(emptyReason);
        }
    }

    /** Reports a table that yields no records at all, and marks it so for the assembler. */
    void unreadable(String reason) {
        assembler.problem(InputError.error(file, null, null, null, reason));
        assembler.unreadable(schema);
    }

    private static boolean undecoded(String cell) {
        return cell != null && cell.indexOf('\uFFFD') >= 0;
    }

    private static int lastNonBlank(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            String cell = cells.get(i);
            if (cell != null && !cell.isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
