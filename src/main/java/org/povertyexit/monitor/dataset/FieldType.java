package org.povertyexit.monitor.dataset;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;

/**
 * The value types of data-format.md and how a raw value (a CSV/XLSX cell's text, or a JSON scalar)
 * becomes a typed one. A failed conversion throws {@link IllegalArgumentException} with the reason
 * a user reads.
 */
public enum FieldType {
    TEXT, INTEGER, MONEY, NUMBER, BOOLEAN, DATE, ENUM;

    private static final Set<String> TRUE = Set.of("true", "1", "是", "y", "yes");
    private static final Set<String> FALSE = Set.of("false", "0", "否", "n", "no");
    /**
     * Bounds on a number, checked before anything is done with it: beyond them a value is no amount a
     * household or village has, and only costs work (`1e999999999` written out has a billion digits).
     */
    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_WHOLE_DIGITS = 15;
    static final int MAX_DECIMALS = 6;
    /** Longer text is no id, code or name: refused before it is kept anywhere. */
    static final int MAX_TEXT_LENGTH = 200;
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    Object convert(Object raw, Class<? extends Enum<?>> enumType) {
        String text = raw instanceof BigDecimal decimal ? bounded(decimal).toPlainString() : raw.toString().trim();
        return switch (this) {
            case TEXT -> text(text);
            case INTEGER -> integer(text);
            case MONEY -> money(text);
            case NUMBER -> decimal(text).stripTrailingZeros();
            case BOOLEAN -> bool(raw, text);
            case DATE -> date(text);
            case ENUM -> enumValue(text, enumType);
        };
    }

    private static Integer integer(String text) {
        BigDecimal value = decimal(text);
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number");
        }
    }

    private static BigDecimal money(String text) {
        BigDecimal value = decimal(text);
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("money has more than two decimals");
        }
        return value.setScale(2);
    }

    private static BigDecimal decimal(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new IllegalArgumentException("not a number: longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        try {
            return bounded(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    /** A number within the bounds, or the reason it is not; cheap whatever its exponent. */
    private static BigDecimal bounded(BigDecimal value) {
        if ((long) value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException("out of range: more than " + MAX_WHOLE_DIGITS
                    + " digits before the decimal point");
        }
        if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("more than " + MAX_DECIMALS + " decimals");
        }
        return value;
    }

    private static String text(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("longer than " + MAX_TEXT_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("not valid Unicode text: a lone surrogate at character " + (i + 1));
            }
        }
        return text;
    }

    private static Boolean bool(Object raw, String text) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String key = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(key)) {
            return true;
        }
        if (FALSE.contains(key)) {
            return false;
        }
        throw new IllegalArgumentException("not a boolean (use true/false, 1/0, 是/否 or Y/N)");
    }

    private static LocalDate date(String text) {
        try {
            // the usual shape read directly (a million members' birth dates); anything else as the pattern says
            return plainDate(text) ? LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
                    : LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD)");
        }
    }

    /** Four digits, a hyphen, two digits, a hyphen, two digits: what the strict pattern reads as such. */
    private static boolean plainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static Enum<?> enumValue(String text, Class<? extends Enum<?>> enumType) {
        for (Enum<?> constant : enumType.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text) || ((Labelled) constant).label().equals(text)) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (Enum<?> constant : enumType.getEnumConstants()) {
            String label = ((Labelled) constant).label();
            allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name())
                    .append(label.equals(constant.name()) ? "" : " " + label);
        }
        throw new IllegalArgumentException("unknown value; expected one of " + allowed);
    }
}
