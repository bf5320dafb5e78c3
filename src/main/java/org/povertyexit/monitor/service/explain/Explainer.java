package org.povertyexit.monitor.service.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.parameter.EffectiveParameter;
import org.povertyexit.monitor.parameter.ParameterSet;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.rules.RuleInfo;
import org.povertyexit.monitor.service.firing.FiringRecord;
import org.povertyexit.monitor.service.firing.FiringStore;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.StoredCounties;
import org.povertyexit.monitor.service.run.StoredRun;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Builds an {@link Explanation} from what the run stored alone: the firings of the trail that concern
 * the entity (each failed criterion's standing outcome is the one not superseded), the evidence of its
 * passed criteria (a county's from the trail, where the run recorded it; else from a replay of the
 * entity, {@link EntityReplay}, checked against the trail), the
 * stored effective parameters as they applied in the entity's county and the stored rule catalog, so a
 * later change of {@code rules/} changes nothing here.
 */
@Service
public class Explainer {

    private final FiringStore firings;
    private final StoredRun stored;
    private final StoredCounties counties;
    private final EntityReplay replay;

    public Explainer(FiringStore firings, StoredRun stored, StoredCounties counties, EntityReplay replay) {
        this.firings = firings;
        this.stored = stored;
        this.counties = counties;
        this.replay = replay;
    }

    /** The entity's explanation; its one-sentence answer and criterion names in the language of {@code labels}. */
    public Explanation explain(String runId, String levelName, String entityId, Labels labels)
            throws RuleCompilationException {
        Level level = level(levelName);
        RunRecord run = stored.header(runId);
        Status status = status(runId, level, entityId);
        ParameterSet parameters = stored.parameters(run);
        // each criterion by the rule that carries its metadata and names it
        Map<String, RuleInfo> rules = stored.rules(run).catalog().stream()
                .filter(rule -> rule.criterion() != null && rule.source() != null)
                .collect(Collectors.toMap(RuleInfo::criterion, Function.identity(), (a, b) -> a));
        List<FiringRecord> trail = firings.forEntity(runId, level, entityId);
        Set<String> evidenceRules = stored.rules(run).evidenceRules();
        long recorded = trail.stream().filter(f -> evidenceRules.contains(f.rule())).count();
        // a run records its counties' evidence (Evaluator.COUNTIES); runs stored before it did are replayed
        boolean fromTrail = level == Level.COUNTY && recorded > 0;
        EntityReplay.Replayed replayed = fromTrail ? new EntityReplay.Replayed(List.of(), true, entityId)
                : replay.of(run, level, entityId, trail, parameters);
        // the values the entity was held to: its county's local policies, else the defaults
        ParameterSet applied = parameters.forCounty(replayed.countyCode());
        // the trail holds each failure; a pass shows in the evidence of the replay
        Set<String> failed = trail.stream().filter(f -> f.hasOutcome() && !f.superseded())
                .map(FiringRecord::criterion).collect(Collectors.toSet());
        List<FiringRecord> evidence = replayed.firings().stream().filter(f -> f.hasOutcome() && !f.superseded()
                && f.passed() && !failed.contains(f.criterion())).toList();
        List<FiringRecord> all = new ArrayList<>(trail);
        all.addAll(evidence);

        List<Explanation.Criterion> criteria = new ArrayList<>();
        List<FiringRecord> explained = new ArrayList<>();
        for (FiringRecord outcome : all) {
            if (!outcome.hasOutcome() || outcome.superseded()) {
                continue;
            }
            String token = "Shortfall:" + level + ":" + entityId + ":" + outcome.criterion();
            List<FiringRecord> behind = all.stream().filter(f -> outcome.criterion().equals(f.criterion())
                    || f.facts().contains(token)).toList();
            explained.addAll(behind);
            EffectiveParameter parameter = outcome.parameter() == null ? null : applied.get(outcome.parameter());
            criteria.add(new Explanation.Criterion(outcome.criterion(), labels.criterion(outcome.criterion()),
                    outcome.severity(), outcome.passed(),
                    outcome.measured(), outcome.threshold(), outcome.gap(), outcome.unit(), outcome.message(),
                    outcome.department(), parameter, scope(parameter, labels), rules.get(outcome.criterion()),
                    behind));
        }
        criteria.sort(Comparator.comparing(Explanation.Criterion::criterion));
        List<FiringRecord> other = trail.stream().filter(f -> !explained.contains(f)).toList();
        return new Explanation(runId, level.name(), entityId, status.status(), status.failed(),
                answer(entityId, status, criteria, labels), criteria, other,
                fromTrail ? new Explanation.Replay("trail", true, (int) recorded)
                        : new Explanation.Replay("replay", replayed.matchesTrail(), evidence.size()));
    }

    /**
     * Whose value it is, in words: the default, a local policy of some counties, or a scenario's new value
     * for every county or for some.
     */
    private static String scope(EffectiveParameter parameter, Labels labels) {
        if (parameter == null) {
            return null;
        }
        String kind = parameter.overridden() ? "explain.scope.override." : "explain.scope.";
        return parameter.scoped() ? labels.text(kind + "counties", String.join(labels.text(
                "explain.scope.separator"), parameter.counties())) : labels.text(kind + "default");
    }

    private record Status(String status, List<String> failed) {
    }

    private Status status(String runId, Level level, String id) {
        return switch (level) {
            case HOUSEHOLD -> counties.household(runId, id).map(h -> new Status(h.status().name(), h.failed()))
                    .orElseThrow(() -> missing(level, id));
            case VILLAGE -> counties.village(runId, id).map(v -> new Status(v.status().name(), v.failed()))
                    .orElseThrow(() -> missing(level, id));
            case COUNTY -> counties.county(runId, id).map(c -> new Status(c.status().name(), c.failed()))
                    .orElseThrow(() -> missing(level, id));
        };
    }

    /** "H0001 未达标：收入稳定超过国家扶贫标准（H-INCOME）未通过（…）；7 项适用标准中 6 项通过". */
    private static String answer(String id, Status status, List<Explanation.Criterion> criteria, Labels labels) {
        List<String> reasons = criteria.stream().filter(c -> !c.passed())
                .map(c -> labels.text(c.severity().equals("BLOCKING") ? "explain.failed" : "explain.flagged",
                        c.name(), c.criterion(), c.message())).toList();
        long passed = criteria.stream().filter(Explanation.Criterion::passed).count();
        return labels.text("explain.answer", id, labels.status(ExitStatus.valueOf(status.status())),
                reasons.isEmpty() ? "" : labels.text("explain.because", String.join(labels.text("explain.separator"),
                        reasons)), Long.toString(passed), Integer.toString(criteria.size()));
    }

    /** A level as a path names it: household(s), village(s), county or counties; else 400. */
    public static Level level(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (Level level : Level.values()) {
            if (level.name().equals(upper) || (level.name() + "S").equals(upper)) {
                return level;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "level must be household, village or county");
    }

    private static ResponseStatusException missing(Level level, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no " + level.name().toLowerCase(Locale.ROOT) + " " + id + " in this run");
    }
}
