package org.povertyexit.monitor.service.remediation;

/**
 * Neutralises a text cell against formula injection: a spreadsheet would run a cell that starts
 * with = + - @ (or a tab or carriage return before one), so such a cell is prefixed with a quote.
 */
final class SafeCell {

    private SafeCell() {
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
