package org.povertyexit.monitor.service.web.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.label.InputReasons;
import org.povertyexit.monitor.label.Language;

/**
 * A rejected scenario's problems, each put where the form can show it: beside a parameter's input
 * ({@code parameters.household.poverty_line}), beside a change row ({@code changes[2]…}, the row that
 * change came from), or above the form when it names neither. Masked, reasons in the reader's language.
 */
public final class LocatedProblems {

    private static final String PARAMETERS = "parameters.";
    private static final Pattern CHANGE = Pattern.compile("^changes\\[(\\d+)]");
    private static final Pattern PARAMETER_ENTRY = Pattern.compile("^parameters\\[(\\d+)]");

    /** One problem as shown: the JSON path it was found at, the part the page shows, the problem. */
    public record Shown(String path, String at, InputError problem) {
    }

    private final List<Shown> general = new ArrayList<>();
    private final Map<String, List<Shown>> byParameter = new LinkedHashMap<>();
    private final Map<Integer, List<Shown>> byRow = new LinkedHashMap<>();

    static LocatedProblems none() {
        return new LocatedProblems();
    }

    /**
     * {@code rowOfChange}: the form row each posted change came from; {@code parameterAt}: the parameter each
     * entry of a posted list of parameters came from; {@code parameters}: the parameters that have an input
     * on the form (a problem about any other is shown above the form).
     */
    static LocatedProblems of(List<InputError> errors, List<Integer> rowOfChange, List<String> parameterAt,
                              Set<String> parameters, Language language) {
        LocatedProblems located = new LocatedProblems();
        for (InputError error : errors) {
            InputError problem = InputReasons.in(language, error.masked());
            String path = problem.field() == null ? "" : problem.field();
            Matcher change = Stream.of(path, problem.entity(), problem.file()).filter(text -> text != null)
                    .map(CHANGE::matcher).filter(Matcher::find).findFirst().orElse(null);
            String parameter = path.startsWith(PARAMETERS) ? path.substring(PARAMETERS.length()) : null;
            Matcher entry = PARAMETER_ENTRY.matcher(path);
            if (entry.find() && Integer.parseInt(entry.group(1)) < parameterAt.size()) {
                parameter = parameterAt.get(Integer.parseInt(entry.group(1)));
            }
            if (parameter != null && parameters.contains(parameter)) {
                located.byParameter.computeIfAbsent(parameter, p -> new ArrayList<>())
                        .add(new Shown(path, "", problem));
            } else if (change != null && Integer.parseInt(change.group(1)) < rowOfChange.size()) {
                String at = change.group().equals(path) ? "" : path.replaceFirst("^changes\\[\\d+][.\\s→]*", "");
                int row = rowOfChange.get(Integer.parseInt(change.group(1)));
                located.byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(new Shown(path, at, problem));
            } else {
                located.general.add(new Shown(path, path, problem));
            }
        }
        return located;
    }

    /** A problem of the form itself, about one row (null: the whole form). */
    LocatedProblems add(Integer row, String path, String reason) {
        Shown shown = new Shown(path, "", InputError.error("form", null, path, null, reason));
        if (row == null) {
            general.add(shown);
        } else {
            byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(shown);
        }
        return this;
    }

    public List<Shown> general() {
        return general;
    }

    public List<Shown> forParameter(String parameter) {
        return byParameter.getOrDefault(parameter, List.of());
    }

    public List<Shown> forRow(int row) {
        return byRow.getOrDefault(row, List.of());
    }

    public boolean any() {
        return count() > 0;
    }

    public int count() {
        return general.size() + byParameter.values().stream().mapToInt(List::size).sum()
                + byRow.values().stream().mapToInt(List::size).sum();
    }
}
