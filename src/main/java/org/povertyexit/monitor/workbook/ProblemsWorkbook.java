package org.povertyexit.monitor.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.label.InputReasons;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.workbook.WorkbookTable.Column;

/**
 * The problems of a rejected input as a workbook an official can sort and tick off: file, row, entity,
 * field, value and reason (in the reader's language), one line each, under a title that says nothing was
 * stored. The problems come masked, as everywhere.
 */
public final class ProblemsWorkbook {

    private static final int MAX_ROWS = 1_000_000;

    private ProblemsWorkbook() {
    }

    public static byte[] of(String fileName, List<InputError> problems, long total, Labels labels)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            WorkbookTable.Styles styles = WorkbookTable.Styles.of(workbook);
            List<Column> columns = List.of(column(labels, "severity", 10), column(labels, "file", 24),
                    column(labels, "row", 8), column(labels, "entity", 16), column(labels, "field", 22),
                    column(labels, "value", 24), column(labels, "reason", 60));
            WorkbookTable table = new WorkbookTable(styles, labels.text("page.problems.sheet"), columns,
                    List.of(List.of(labels.text("page.problems.title", fileName)),
                            List.of(labels.text("problems.rejected", total))), MAX_ROWS);
            for (InputError problem : problems) {
                InputError shown = InputReasons.in(labels.language(), problem);
                WorkbookTable.Line line = table.line().text(labels.text("page.problems." + shown.severity().name()))
                        .text(shown.file());
                (shown.row() == null ? line.text(null) : line.count(shown.row())).text(shown.entity())
                        .text(shown.field()).text(shown.value()).text(shown.reason());
            }
            table.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private static Column column(Labels labels, String name, int width) {
        return new Column(labels.text("page.problems." + name), width);
    }
}
