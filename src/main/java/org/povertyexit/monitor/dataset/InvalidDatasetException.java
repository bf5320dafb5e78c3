package org.povertyexit.monitor.dataset;

import java.util.List;

/** A dataset rejected as a whole, carrying every problem found (never just the first). */
public class InvalidDatasetException extends Exception {

    private final transient List<InputError> errors;

    public InvalidDatasetException(List<InputError> errors) {
        super(errors.size() + " problem(s) in the input; first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public static InvalidDatasetException of(InputError error) {
        return new InvalidDatasetException(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
