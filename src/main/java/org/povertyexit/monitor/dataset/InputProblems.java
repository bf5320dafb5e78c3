package org.povertyexit.monitor.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one input in a fixed order whatever order the checks ran in: first what reading and
 * typing found (in reading order), then each check across records as a group. Checks run as records
 * arrive, and some only at the end (a reference to a table not yet read); the order, which users and
 * tests see, does not depend on that.
 */
final class InputProblems {

    /** The groups, in the order they are listed. */
    enum Check { READING, META, UNIQUE_COUNTY, UNIQUE_VILLAGE, UNIQUE_HOUSEHOLD, UNIQUE_MEMBER, VILLAGE_COUNTY,
        HOUSEHOLD_VILLAGE, MEMBER_HOUSEHOLD, COUNTY_SAMPLES, MEDICAL_COST, BIRTH_DATE, HOUSEHOLD_MEMBERS }

    private record Found(long sequence, InputError problem) {
    }

    /**
     * The most problems kept of one input: a file of a million wrong rows has millions of problems, and
     * listing them all would take the memory and the answer they are sent in; the rest are counted.
     */
    static final int MOST_KEPT = 10_000;

    private final Map<Check, List<Found>> found = new EnumMap<>(Check.class);
    private final Map<Check, Long> errors = new EnumMap<>(Check.class);
    private int kept;

    /** {@code sequence} is the record's position in reading order: a group is listed in that order. */
    void add(Check check, long sequence, InputError problem) {
        if (kept < MOST_KEPT) {
            found.computeIfAbsent(check, k -> new ArrayList<>()).add(new Found(sequence, problem));
            kept++;
        }
        if (problem.isError()) {
            errors.merge(check, 1L, Long::sum);
        }
    }

    void clear(Check check) {
        List<Found> dropped = found.remove(check);
        kept -= dropped == null ? 0 : dropped.size();
        errors.remove(check);
    }

    boolean anyError() {
        return !errors.isEmpty();
    }

    /** How many errors were found, kept or only counted. */
    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    List<InputError> of(Check check) {
        return found.getOrDefault(check, List.of()).stream().map(Found::problem).toList();
    }

    List<InputError> all() {
        List<InputError> all = new ArrayList<>();
        found.forEach((check, list) -> list.stream().sorted(Comparator.comparingLong(Found::sequence))
                .forEach(f -> all.add(f.problem())));
        return all;
    }
}
