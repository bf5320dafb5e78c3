package org.povertyexit.monitor.scenario;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for a terminal: first column left-aligned, the others right-aligned. */
final class TextTable {

    /** The width of a terminal that outputs are made to fit. */
    static final int WIDTH = 120;

    private final List<List<String>> rows = new ArrayList<>();

    /** How many columns of a terminal the text takes: a Chinese character (or full-width sign) two. */
    static int width(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
    }

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
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - width(cell));
                text.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            text.append('\n');
        }
        return text.toString();
    }
}
