package org.povertyexit.monitor.spark;

import java.util.List;

/** The input broke the dataset's rules: nothing is written; the first problems and how many there were. */
final class RejectedInput extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;
    private final long total;

    RejectedInput(List<String> problems, long total) {
        super(total + " problem(s) in the input, the first: " + (problems.isEmpty() ? "" : problems.get(0)));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    List<String> problems() {
        return problems;
    }

    long total() {
        return total;
    }
}
