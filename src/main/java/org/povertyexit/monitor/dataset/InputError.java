package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem found in an input: where (file or sheet, row with the header as row 1, field), the
 * value as given, and why. Warnings (an unknown column) do not reject the dataset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputError(Severity severity, String file, Integer row, String field, String value, String reason) {

    public enum Severity { ERROR, WARNING }

    public static InputError error(String file, Integer row, String field, String value, String reason) {
        return new InputError(Severity.ERROR, file, row, field, value, reason);
    }

    public static InputError warning(String file, Integer row, String field, String value, String reason) {
        return new InputError(Severity.WARNING, file, row, field, value, reason);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a terminal: {@code households.csv row 5, field wageIncome ("abc"): not a number}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(severity == Severity.WARNING ? "warning: " : "");
        text.append(file);
        if (row != null) {
            text.append(" row ").append(row);
        }
        if (field != null) {
            text.append(", field ").append(field);
        }
        if (value != null) {
            text.append(" (\"").append(value.length() > 60 ? value.substring(0, 60) + "…" : value).append("\")");
        }
        return text.append(": ").append(reason).toString();
    }
}
