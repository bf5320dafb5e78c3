package org.povertyexit.monitor.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One problem found in an input: where (file or sheet, row with the header as row 1, field), the
 * value as given, and why. Warnings (an unknown column) do not reject the dataset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputError(Severity severity, String file, Integer row, String entity, String field, String value,
                         String reason) {

    public enum Severity { ERROR, WARNING }

    /** How much of a value a problem echoes: enough to find it, never a whole hostile cell. */
    static final int ECHOED = 60;

    /**
     * Whatever a problem echoes, an ID number in it is masked, and a value that looks like a name, in any
     * field: a column may have slipped.
     */
    public InputError {
        entity = wellFormed(PersonalData.maskIdNumbersIn(entity));
        value = wellFormed(PersonalData.maskNameLike(PersonalData.maskIdNumbersIn(value)));
        reason = PersonalData.maskIdNumbersIn(reason);
        if (value != null && value.codePointCount(0, value.length()) > ECHOED) {
            value = value.substring(0, value.offsetByCodePoints(0, ECHOED)) + "…";
        }
    }

    /** The text with each lone surrogate (which no JSON or terminal shows) replaced by U+FFFD. */
    private static String wellFormed(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(Character.isSurrogate((char) c) && c <= 0xFFFF
                ? 0xFFFD : c));
        return shown.toString();
    }

    public static InputError error(String file, Integer row, String field, String value, String reason) {
        return new InputError(Severity.ERROR, file, row, null, field, value, reason);
    }

    public static InputError warning(String file, Integer row, String field, String value, String reason) {
        return new InputError(Severity.WARNING, file, row, null, field, value, reason);
    }

    /** The problem, naming the entity it is about (its id or code): an official searches the file by it. */
    public InputError about(String entityId) {
        return entityId == null || entityId.isBlank() ? this
                : new InputError(severity, file, row, entityId, field, value, reason);
    }

    /**
     * The problem as shown to anyone: besides what every problem masks, the value of an ID number or a
     * name field masked whatever it holds (a village's name too: harmless, and no member's name slips
     * through).
     */
    public InputError masked() {
        String field = this.field == null ? "" : this.field.substring(this.field.lastIndexOf('.') + 1);
        String shown = value;
        if (field.equals("idNumber") || field.equals("证件号码")) {
            shown = PersonalData.maskIdNumber(value);
        } else if (field.equals("name") || field.equals("姓名")) {
            shown = PersonalData.maskName(value);
        }
        return new InputError(severity, file, row, entity, this.field, shown, reason);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for a terminal: {@code households.csv row 5, H0004, field wageIncome ("abc"): not a number}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(severity == Severity.WARNING ? "warning: " : "");
        text.append(file);
        if (row != null) {
            text.append(" row ").append(row);
        }
        if (entity != null) {
            text.append(", ").append(entity);
        }
        if (field != null) {
            text.append(", field ").append(field);
        }
        if (value != null) {
            text.append(" (\"").append(value).append("\")");
        }
        return text.append(": ").append(reason).toString();
    }
}
