package org.povertyexit.monitor.dataset;

import java.util.regex.Pattern;

/**
 * Masks personal data (ID numbers, names) wherever it leaves the program: reports, exports, logs.
 * An ID number keeps its first six (the region) and last four characters: 640422********1234.
 */
public final class PersonalData {

    /** What an ID number looks like wherever it sits: 17 digits and a check character, or 15 digits. */
    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");

    /** What a person's name looks like: two to ten Han characters, a middle dot between the parts of some. */
    private static final Pattern NAME_LIKE = Pattern.compile("\\p{IsHan}{1,5}(?:[·•]\\p{IsHan}{1,5})?");

    private PersonalData() {
    }

    /**
     * The text with every run of characters that looks like an ID number masked: a value echoed from an
     * input may hold one in any field (a column slipped in a spreadsheet).
     */
    public static String maskIdNumbersIn(String text) {
        if (text == null || text.length() < 15) {
            return text;
        }
        return ID_NUMBER.matcher(text).replaceAll(found -> maskIdNumber(found.group()));
    }

    public static String maskIdNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return idNumber;
        }
        String id = idNumber.strip();
        if (id.length() <= 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** Keeps the surname's first character only: 张三丰 → 张**. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String stripped = name.strip();
        int first = stripped.offsetByCodePoints(0, 1);
        return stripped.substring(0, first) + "*".repeat(stripped.codePointCount(first, stripped.length()));
    }

    /**
     * The value masked as a name when it looks like one: a value rejected from any field may be a member's
     * name that slipped from its column, and no field but {@code name} holds such a value when it is valid.
     */
    public static String maskNameLike(String value) {
        if (value == null || value.length() < 2 || value.length() > 11 || !NAME_LIKE.matcher(value.strip()).matches()
                || value.strip().codePointCount(0, value.strip().length()) < 2) {
            return value;
        }
        return maskName(value);
    }

    /** The member as it may be shown or exported. */
    public static Member masked(Member member) {
        return new Member(member.id(), member.householdId(), maskName(member.name()),
                maskIdNumber(member.idNumber()), member.relation(), member.birthDate(), member.schooling(),
                member.schoolExemptHealth(), member.health(), member.labour(), member.basicMedicalInsurance(),
                member.seriousIllnessInsurance());
    }
}
