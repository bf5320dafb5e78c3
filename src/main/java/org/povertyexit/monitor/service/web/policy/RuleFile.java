package org.povertyexit.monitor.service.web.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.rules.RuleInfo;

/** A DRL file as the rules pages show it: its rules with their metadata, and its text cut at them. */
public record RuleFile(String path, String href, List<Row> rules, List<DrlText.Piece> pieces) {

    /**
     * A rule and its metadata. A criterion's department and source are carried by its first rule; its
     * other checks show them too, {@code inherited} saying so. {@code parameters} are those its text names.
     */
    public record Row(RuleInfo rule, int line, String href, Severity severity, Department department,
                      String source, boolean inherited, List<Parameter> parameters) {
    }

    /** A parameter a rule names, and where the parameters page shows it. */
    public record Parameter(String name, String href) {
    }

    /** Every DRL file of the rule set, its rules in the order they are declared. */
    static List<RuleFile> of(RuleSetText text) {
        Map<String, List<String>> parameters = text.parametersByRule();
        List<RuleFile> files = new ArrayList<>();
        text.files().forEach((path, drl) -> {
            List<Row> rows = new ArrayList<>();
            for (DrlText.Piece piece : drl.rules()) {
                text.rule(piece.rule()).ifPresent(rule -> rows.add(row(rule, piece.line(), text,
                        parameters.getOrDefault(rule.name(), List.of()))));
            }
            files.add(new RuleFile(path, RuleLinks.file(path, text.runId()), rows, drl.pieces()));
        });
        return files;
    }

    private static Row row(RuleInfo rule, int line, RuleSetText text, List<String> parameters) {
        Optional<RuleInfo> describing = rule.department() != null || rule.criterion() == null ? Optional.of(rule)
                : text.rules().stream().filter(other -> rule.criterion().equals(other.criterion())
                        && other.department() != null).findFirst();
        RuleInfo described = describing.orElse(rule);
        return new Row(rule, line, RuleLinks.rule(rule.file(), rule.name(), text.runId()),
                rule.severity() == null ? null : Severity.valueOf(rule.severity()),
                described.department() == null ? null : Department.valueOf(described.department()),
                described.source(), described != rule,
                parameters.stream().map(name -> new Parameter(name, RuleLinks.parameter(name, text.runId())))
                        .toList());
    }
}
