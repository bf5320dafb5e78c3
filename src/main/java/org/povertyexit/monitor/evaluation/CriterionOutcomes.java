package org.povertyexit.monitor.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.remediation.Department;
import org.povertyexit.monitor.rules.Criterion;

/**
 * Turns what a session derived into one {@link CriterionOutcome} per entity and criterion: the
 * shortfalls of a failed criterion joined in the order its checks are stated (the first one is the
 * value reported), and, for an explained entity, each passed criterion with its evidence.
 */
public final class CriterionOutcomes {

    private record Key(Level level, String entityId, String criterion) {
    }

    private CriterionOutcomes() {
    }

    public static List<CriterionOutcome> of(Collection<Shortfall> shortfalls, Collection<Evidence> evidence,
                                            Map<String, Criterion> criteria) {
        Map<Key, List<Shortfall>> failed = new LinkedHashMap<>();
        for (Shortfall shortfall : shortfalls) {
            failed.computeIfAbsent(new Key(shortfall.level(), shortfall.entityId(), shortfall.criterion()),
                    k -> new ArrayList<>(2)).add(shortfall);
        }
        List<CriterionOutcome> outcomes = new ArrayList<>(failed.size() + evidence.size());
        failed.forEach((key, checks) -> outcomes.add(failure(checks, criterion(criteria, key.criterion()))));
        Map<Key, Evidence> passed = new HashMap<>();
        for (Evidence item : evidence) {
            Key key = new Key(item.level(), item.entityId(), item.criterion());
            if (!failed.containsKey(key) && passed.putIfAbsent(key, item) == null) {
                outcomes.add(pass(item, criterion(criteria, item.criterion())));
            }
        }
        return outcomes;
    }

    private static CriterionOutcome failure(List<Shortfall> checks, Criterion criterion) {
        checks.sort(Comparator.comparingInt(check -> criterion.checkOrder(check.rule())));
        Shortfall reported = checks.get(0);
        StringBuilder message = new StringBuilder();
        BigDecimal gap = null;
        String unit = null;
        Department department = criterion.department();
        for (Shortfall check : checks) {
            message.append(message.isEmpty() ? "" : "; ").append(check.describe());
            if (gap == null && check.gap() != null) {
                gap = check.gap();
                unit = check.unit();
            }
            if (check.department() != null) {
                department = check.department();
            }
        }
        return new CriterionOutcome(reported.level(), reported.entityId(), criterion.code(), criterion.severity(),
                false, reported.measured(), reported.threshold(), reported.parameter(), department, gap, unit,
                message.toString(), criterion.rule(), criterion.actionZh(), criterion.actionEn(), reported);
    }

    private static CriterionOutcome pass(Evidence evidence, Criterion criterion) {
        return new CriterionOutcome(evidence.level(), evidence.entityId(), criterion.code(), criterion.severity(),
                true, evidence.measured(), evidence.threshold(), evidence.parameter(), criterion.department(), null,
                null, "passed", criterion.rule(), criterion.actionZh(), criterion.actionEn(), evidence);
    }

    private static Criterion criterion(Map<String, Criterion> criteria, String code) {
        Criterion criterion = criteria.get(code);
        if (criterion == null) {
            throw new IllegalStateException("no rule describes criterion " + code);
        }
        return criterion;
    }
}
