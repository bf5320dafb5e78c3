package org.povertyexit.monitor.scenario;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for a terminal: first column left-aligned, the others right-aligned. */
final class TextTable {

    /** The width of a terminal that outputs are made to fit. */
    static final int WIDTH = 120;

    private final List<List<String>> rows = new ArrayList<>();

    TextTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    @Override
    public String toString() {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                text.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            text.append('\n');
        }
        return text.toString();
    }
}
