package org.povertyexit.monitor.dataset;

import java.util.List;

/** A dataset rejected as a whole, carrying every problem found (never just the first). */
public class InvalidDatasetException extends Exception {

    private final transient List<InputError> errors;
    private final long total;

    public InvalidDatasetException(List<InputError> errors) {
        this(errors, errors.size());
    }

    /** {@code errors}: those kept, in order; {@code total}: how many there were (more when not all were kept). */
    public InvalidDatasetException(List<InputError> errors, long total) {
        super(total + " problem(s) in the input; first: " + errors.get(0));
        this.errors = List.copyOf(errors);
        this.total = Math.max(total, errors.size());
    }

    /** How many problems the input has; {@link #errors()} holds the first of them when there were very many. */
    public long total() {
        return total;
    }

    public static InvalidDatasetException of(InputError error) {
        return new InvalidDatasetException(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
