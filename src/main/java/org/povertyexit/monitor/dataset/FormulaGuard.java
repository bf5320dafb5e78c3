package org.povertyexit.monitor.dataset;

/**
 * Keeps exported text from running as a spreadsheet formula (CSV injection): a text value starting
 * with {@code = + - @}, tab or carriage return gets a leading apostrophe, which spreadsheets show as
 * text. Only text fields are guarded, so a negative amount stays a number. A value that already starts
 * with apostrophes before such a character gets one more, so {@link #restored} undoes exactly what
 * {@link #guarded} did and an exported CSV folder reads back to the same facts.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** Whether the text would be taken as a formula once any leading apostrophes are stripped. */
    public static boolean needsGuard(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char first = text.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public static String guarded(String text) {
        return text != null && needsGuard(text) ? "'" + text : text;
    }

    /** The text as it was before {@link #guarded}: one leading apostrophe removed where it was added. */
    public static String restored(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && needsGuard(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
